import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { AuditLog } from '@/features/admin/components/audit-log';

export function AdminAuditRoute() {
  return (
    <AdminSectionScreen section="audit">
      <AuditLog />
    </AdminSectionScreen>
  );
}
