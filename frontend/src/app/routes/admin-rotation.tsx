import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { ExchangeAdmin } from '@/features/exchange/components/exchange-admin';

/** The guestbook exchange's settings, as on the exchange page: one component, two places. */
export function AdminRotationRoute() {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.rotation.title')} intro={t('admin.rotation.intro')}>
      <ExchangeAdmin />
    </AdminScreen>
  );
}
