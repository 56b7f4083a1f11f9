import { queryOptions } from '@tanstack/react-query';
import { startOfflineSession } from '@/app/offline-session';
import { currentUserId, initAuth } from '@/lib/auth';
import { queryClient } from '@/lib/query-client';
import { configForOpening } from '@/lib/runtime-config';
import { getNotificationsQueryOptions } from '@/features/notifications/api/get-notifications';
import { getMeQueryOptions } from '@/features/profile/api/get-me';

async function bootstrapSession(): Promise<true> {
  // Should Keycloak have moved since the configuration was remembered, the page opens again on the
  // new one, before the person has had time to do anything.
  const config = await configForOpening(() => {
    window.location.reload();
  });
  await initAuth(config);
  const sub = currentUserId();
  if (sub) await startOfflineSession(sub);
  // Every page's frame shows who is signed in and their notifications: asked now, while the page's
  // own code downloads, rather than once the page renders.
  void queryClient.query(getMeQueryOptions()).catch(() => undefined);
  void queryClient.query(getNotificationsQueryOptions()).catch(() => undefined);
  return true;
}

/** Signing in, as a query: main.tsx starts it before the first render, the gate waits for it. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: bootstrapSession,
  staleTime: Infinity,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  // Not paused offline: signing in then opens on the kept session and config (lib/auth.ts).
  networkMode: 'always',
});
