import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { ExchangeAdmin } from '@/features/exchange/components/exchange-admin';

/** The guestbook exchange's settings, as on the exchange page: one component, two places. */
export function AdminRotationRoute() {
  return (
    <AdminSectionScreen section="rotation">
      <ExchangeAdmin />
    </AdminSectionScreen>
  );
}
