import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
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

  function list() {
    if (shops.isPending) return <Skeleton label={t('common.loading')} lines={6} />;
    if (shops.isError) {
      return (
        <QueryErrorState
          title={t('admin.loadError')}
          error={shops.error}
          onRetry={() => void shops.refetch()}
        />
      );
    }
    if (shops.data.length === 0) {
      return <EmptyState message={t('admin.shops.empty')} testId="shops-empty" />;
    }
    return (
      <ul className="people-list" data-testid="shops-list">
        {shops.data.map((shop) => (
          <ShopRow key={shop.code} shop={shop} onChanged={onChanged} />
        ))}
      </ul>
    );
  }

  return (
    <div className="stack">
      <ShopCreateForm onChanged={onChanged} />
      {list()}
    </div>
  );
}
