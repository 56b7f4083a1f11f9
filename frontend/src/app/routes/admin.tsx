import { useTranslation } from 'react-i18next';
import { AdminHome } from '@/features/admin/components/admin-home';
import { AdminScreen } from '@/features/admin/components/admin-screen';

export function AdminRoute() {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.home.title')} intro={t('admin.home.intro')} backLink={false}>
      <AdminHome />
    </AdminScreen>
  );
}
