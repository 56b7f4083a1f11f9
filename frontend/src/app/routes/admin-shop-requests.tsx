import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { ShopRequestsScreen } from '@/features/admin/components/shop-requests-screen';

export function AdminShopRequestsRoute() {
  return (
    <AdminSectionScreen section="shopRequests">
      <ShopRequestsScreen />
    </AdminSectionScreen>
  );
}
