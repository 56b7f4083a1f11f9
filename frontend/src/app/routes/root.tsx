import { Outlet, useMatch } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useMe } from '@/features/profile/api/get-me';
import { SuspensionBanner } from '@/features/profile/components/suspension-banner';
import { UserMenu } from '@/features/profile/components/user-menu';
import { SearchBox } from '@/features/search/components/search-box';
import { ShopGate } from '@/app/shop-gate';
// Offline outbox and "new version" prompt: placed here until the header has a spot for them.
import { OutboxIndicator } from '@/components/offline/outbox-indicator';
import { UpdatePrompt } from '@/components/offline/update-prompt';

export function RootRoute() {
  const me = useMe();
  // On the composer itself, the "share" button would only cover its action bar.
  const composing = [
    useMatch(paths.newPost.path),
    useMatch(paths.editPost.path),
    useMatch(paths.newEntry.path),
    useMatch(paths.editEntry.path),
  ].some((match) => match !== null);
  return (
    <AppLayout
      userMenu={<UserMenu />}
      notifications={<NotificationBell />}
      search={<SearchBox />}
      showShareButton={!composing}
      roles={me.data?.roles}
    >
      <UpdatePrompt />
      <OutboxIndicator />
      <SuspensionBanner />
      <ShopGate>
        <Outlet />
      </ShopGate>
    </AppLayout>
  );
}
