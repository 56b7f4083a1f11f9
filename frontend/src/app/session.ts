import { queryOptions } from '@tanstack/react-query';
import { startOfflineSession } from '@/app/offline-session';
import { currentUserId, initAuth } from '@/lib/auth';
import { queryClient } from '@/lib/query-client';
import { configForOpening } from '@/lib/runtime-config';
import { getNotificationsQueryOptions } from '@/features/notifications/api/get-notifications';
import { getMeQueryOptions } from '@/features/profile/api/get-me';

let markAuthenticated: () => void = () => undefined;
/**
 * Settles once the person's token is there, before their offline copy is read back from IndexedDB:
 * what the page being opened needs can be asked for then (preloadPage), a few tasks sooner than
 * once the whole session is ready. Never settles when signing in fails.
 */
export const authenticated = new Promise<void>((resolve) => {
  markAuthenticated = resolve;
});

async function bootstrapSession(): Promise<true> {
  // Should Keycloak have moved since the configuration was remembered, the page opens again on the
  // new one, before the person has had time to do anything.
  const config = await configForOpening(() => {
    window.location.reload();
  });
  await initAuth(config);
  // Every page's frame shows who is signed in and their notifications: asked now, while the page's
  // own code downloads and the offline copy is read back, rather than once the page renders. An
  // answer that arrives first is kept: the copy never overwrites newer data (restoreQueries).
  void queryClient.query(getMeQueryOptions()).catch(() => undefined);
  void queryClient.query(getNotificationsQueryOptions()).catch(() => undefined);
  markAuthenticated();
  const sub = currentUserId();
  if (sub) await startOfflineSession(sub);
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
