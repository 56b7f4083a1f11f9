import { queryOptions } from '@tanstack/react-query';
import { startOfflineSession } from '@/app/offline-session';
import { currentUserId, initAuth } from '@/lib/auth';
import { getRuntimeConfig } from '@/lib/runtime-config';

async function bootstrapSession(): Promise<true> {
  const config = await getRuntimeConfig();
  await initAuth(config);
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
