import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { errorMessageKey } from '@/lib/error-messages';
import { useShop } from '@/features/shops/api/get-shop';
import { useShopPeople } from '@/features/shops/api/get-shop-people';

export function ShopDetails({ code }: { code: string }) {
  const { t } = useTranslation();
  const shop = useShop(code);

  if (shop.isPending) return <Skeleton variant="heading" label={t('shops.loading')} />;
  if (shop.isError) {
    return (
      <ErrorState
        title={t('shops.errorTitle')}
        message={t(errorMessageKey(shop.error))}
        retryLabel={t('errors.retry')}
        onRetry={() => void shop.refetch()}
      />
    );
  }
  return (
    <header className="stack stack--tight" data-testid="shop-details">
      <title>{`${shop.data.name} · Bravo`}</title>
      <h1>{shop.data.name}</h1>
      <p className="muted">
        {shop.data.city} · {shop.data.region}
      </p>
      <p className="shop-card__stats">
        <span>{t('shops.people', { count: shop.data.peopleCount })}</span>
        <span>{t('shops.posts', { count: shop.data.postCount })}</span>
      </p>
    </header>
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
