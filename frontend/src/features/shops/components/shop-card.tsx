import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShopView } from '@/api-types/shops';
import { paths } from '@/config/paths';

export function ShopCard({ shop }: { shop: ShopView }) {
  const { t } = useTranslation();
  return (
    <article className="shop-card" data-testid="shop-card">
      <h2 className="shop-card__name">
        <Link to={paths.shop.getHref(shop.code)} className="post-card__link">
          {shop.name}
        </Link>
      </h2>
      <p className="muted">
        {shop.city} · {shop.region}
      </p>
      <p className="shop-card__stats">
        <span>{t('shops.people', { count: shop.peopleCount })}</span>
        <span>{t('shops.posts', { count: shop.postCount })}</span>
      </p>
      {!shop.active ? <span className="badge">{t('shops.inactive')}</span> : null}
    </article>
  );
}
