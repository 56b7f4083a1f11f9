import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useMe } from '@/features/profile/api/get-me';
import { SuspensionBanner } from '@/features/profile/components/suspension-banner';
import { UserMenu } from '@/features/profile/components/user-menu';
import { SearchBox } from '@/features/search/components/search-box';
import { createTarget, isComposing } from '@/app/layout/create-target';
import { ShopGate } from '@/app/shop-gate';
import { OutboxIndicator } from '@/components/offline/outbox-indicator';
import { DeferredUpdatePrompt } from '@/components/offline/deferred-update-prompt';

// The frame draws again whenever the person or the address changes; its pieces that read their own
// data are made once, so React skips them then (the header's search, the bell, the user menu).
const searchBox = <SearchBox />;
const notificationBell = <NotificationBell />;
const userMenu = <UserMenu />;

export function RootRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const target = createTarget(location.pathname, location.search, me.data?.shop);
  return (
    <AppLayout
      userMenu={userMenu}
      notifications={notificationBell}
      search={searchBox}
      create={
        // On the composer itself, a second "create" would only cover its action bar.
        isComposing(location.pathname)
          ? undefined
          : {
              href: target.href,
              label: t(`create.${target.kind}`),
              shortLabel: t(`create.short.${target.kind}`),
            }
      }
      roles={me.data?.roles}
    >
      {/* A new page opens at its top (a post just published, not where the composer's button was);
          back and forward return where one was. */}
      <ScrollRestoration />
      {/* Offline, what waits to be sent, and a new version ready: above every page, shown only when there is
          something to say. */}
      <DeferredUpdatePrompt />
      <OutboxIndicator />
      <SuspensionBanner />
      <ShopGate>
        <Outlet />
      </ShopGate>
    </AppLayout>
  );
}
