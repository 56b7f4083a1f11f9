import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { PeopleScreen } from '@/features/admin/components/people-screen';

export function AdminUsersRoute() {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.users.title')} intro={t('admin.users.intro')}>
      <PeopleScreen />
    </AdminScreen>
  );
}
