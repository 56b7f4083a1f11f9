import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '@/components/ui/card-list';
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
              <CardList items={visible} keyOf={(shop) => shop.code} className="card-grid">
                {(shop) => <ShopCard shop={shop} />}
              </CardList>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
