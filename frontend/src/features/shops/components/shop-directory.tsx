import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessageKey } from '@/lib/error-messages';
import { useShops } from '@/features/shops/api/get-shops';
import { ShopCard } from '@/features/shops/components/shop-card';
import { matchesShop } from '@/features/shops/utils/match-shop';

export function ShopDirectory() {
  const { t } = useTranslation();
  const searchId = useId();
  const shops = useShops();
  const [search, setSearch] = useState('');

  if (shops.isPending) return <Skeleton label={t('shops.loading')} lines={4} />;
  if (shops.isError) {
    return (
      <ErrorState
        title={t('shops.errorTitle')}
        message={t(errorMessageKey(shops.error))}
        retryLabel={t('errors.retry')}
        onRetry={() => void shops.refetch()}
      />
    );
  }
  const visible = shops.data.filter((shop) => matchesShop(shop, search));

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
}
