import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { QueryState } from '@/components/ui/query-state';
import { useShops } from '@/features/shops/api/get-shops';
import { ShopCard } from '@/features/shops/components/shop-card';
import { ShopSearchField } from '@/features/shops/components/shop-search-field';
import { matchesShop } from '@/features/shops/utils/match-shop';

export function ShopDirectory() {
  const { t } = useTranslation();
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
            <ShopSearchField value={search} onChange={setSearch} />
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
