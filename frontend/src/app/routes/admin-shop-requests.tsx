import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { ShopRequestsScreen } from '@/features/admin/components/shop-requests-screen';

export function AdminShopRequestsRoute() {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.shopRequests.title')} intro={t('admin.shopRequests.intro')}>
      <ShopRequestsScreen />
    </AdminScreen>
  );
}
