import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { PeopleScreen } from '@/features/admin/components/people-screen';

export function AdminUsersRoute() {
  return (
    <AdminSectionScreen section="users">
      <PeopleScreen />
    </AdminSectionScreen>
  );
}
