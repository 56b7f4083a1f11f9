import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useAdminShops } from '@/features/admin/api/get-admin-shops';
import { ShopCreateForm } from '@/features/admin/components/shop-create-form';
import { ShopRow } from '@/features/admin/components/shop-row';

export interface ShopsScreenProps {
  /** Other screens list shops too: the app refreshes them after a change. */
  onChanged?: () => void;
}

/** Every shop, closed ones included. */
export function ShopsScreen({ onChanged }: ShopsScreenProps) {
  const { t } = useTranslation();
  const shops = useAdminShops();

  return (
    <div className="stack">
      <ShopCreateForm onChanged={onChanged} />
      <QueryState
        query={shops}
        loading={<Skeleton label={t('common.loading')} lines={6} />}
        errorTitle={t('admin.loadError')}
        isEmpty={(data) => data.length === 0}
        empty={<EmptyState message={t('admin.shops.empty')} testId="shops-empty" />}
      >
        {(data) => (
          <ul className="people-list" data-testid="shops-list">
            {data.map((shop) => (
              <ShopRow key={shop.code} shop={shop} onChanged={onChanged} />
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}
