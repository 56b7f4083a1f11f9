import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useShop } from '@/features/shops/api/get-shop';
import { useShopPeople } from '@/features/shops/api/get-shop-people';

export function ShopDetails({ code }: { code: string }) {
  const { t } = useTranslation();
  const shop = useShop(code);

  return (
    <QueryState
      query={shop}
      loading={<Skeleton variant="heading" label={t('shops.loading')} />}
      errorTitle={t('shops.errorTitle')}
    >
      {(data) => (
        <header className="stack stack--tight" data-testid="shop-details">
          <title>{`${data.name} · Bravo`}</title>
          <h1>{data.name}</h1>
          <p className="muted">
            {data.city} · {data.region}
          </p>
          <p className="shop-card__stats">
            <span>{t('shops.people', { count: data.peopleCount })}</span>
            <span>{t('shops.posts', { count: data.postCount })}</span>
          </p>
        </header>
      )}
    </QueryState>
  );
}

export function ShopPeople({ code }: { code: string }) {
  const { t } = useTranslation();
  const people = useShopPeople(code);
  if (people.isPending) return <Skeleton label={t('shops.peopleLoading')} lines={2} />;
  if (people.isError || people.data.length === 0) return null;
  return (
    <details className="panel" data-testid="shop-people">
      <summary className="panel__title">{t('shops.people', { count: people.data.length })}</summary>
      <ul className="people-list">
        {people.data.map((person) => (
          <li key={person.username} className="people-list__item">
            <Link to={paths.person.getHref(person.username)}>{person.displayName}</Link>
            <span className="people-list__meta">@{person.username}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
