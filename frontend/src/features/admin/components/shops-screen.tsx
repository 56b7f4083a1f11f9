import { useTranslation } from 'react-i18next';
import { useAdminShops } from '@/features/admin/api/get-admin-shops';
import { ShopCreateForm } from '@/features/admin/components/shop-create-form';
import { ShopRow } from '@/features/admin/components/shop-row';
import { AdminList } from '@/features/admin/components/admin-list';

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
      <AdminList
        query={shops}
        skeletonLines={6}
        empty={{ message: t('admin.shops.empty'), testId: 'shops-empty' }}
      >
        {(data) => (
          <ul className="people-list" data-testid="shops-list">
            {data.map((shop) => (
              <ShopRow key={shop.code} shop={shop} onChanged={onChanged} />
            ))}
          </ul>
        )}
      </AdminList>
    </div>
  );
}
