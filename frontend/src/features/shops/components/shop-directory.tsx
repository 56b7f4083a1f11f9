import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { QueryState } from '@/components/ui/query-state';
import { useShops } from '@/features/shops/api/get-shops';
import { ShopCard } from '@/features/shops/components/shop-card';
import { matchesShop } from '@/features/shops/utils/match-shop';

export function ShopDirectory() {
  const { t } = useTranslation();
  const searchId = useId();
  const shops = useShops();
  const [search, setSearch] = useState('');

  return (
    <QueryState
      query={shops}
      loading={<Skeleton label={t('shops.loading')} lines={4} />}
      errorTitle={t('shops.errorTitle')}
    >
      {(data) => {
        const visible = data.filter((shop) => matchesShop(shop, search));
        return (
          <div className="stack">
            <div className="field">
              <label htmlFor={searchId} className="field__label">
                {t('shops.search')}
              </label>
              <input
                id={searchId}
                type="search"
                className="input"
                value={search}
                onChange={(event) => {
                  setSearch(event.target.value);
                }}
              />
            </div>
            {visible.length === 0 ? (
              <EmptyState message={t('shops.noMatch')} />
            ) : (
              <ul className="card-grid">
                {visible.map((shop) => (
                  <li key={shop.code}>
                    <ShopCard shop={shop} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
