import { Outlet } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { UserMenu } from '@/features/profile/components/user-menu';

export function RootRoute() {
  return (
    <AppLayout userMenu={<UserMenu />}>
      <Outlet />
    </AppLayout>
  );
}
