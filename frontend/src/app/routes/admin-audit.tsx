import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { AuditLog } from '@/features/admin/components/audit-log';

export function AdminAuditRoute() {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.audit.title')} intro={t('admin.audit.intro')}>
      <AuditLog />
    </AdminScreen>
  );
}
