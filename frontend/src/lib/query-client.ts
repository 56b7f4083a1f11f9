import { onlineManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';

const MAX_RETRIES = 2;

/** Client errors will fail the same way again; only network and server failures may be transient. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 60_000,
        // What was read today stays at hand for reading offline (and is copied per person, see
        // src/lib/offline/query-persistence.ts); the default 5 minutes would drop it.
        gcTime: 24 * 60 * 60 * 1000,
      },
      mutations: {
        retry: false,
        // Without network a mutation fails at once and says so: paused, it would wait silently and
        // go out unnoticed later. What may wait goes through the outbox instead, visibly.
        networkMode: 'always',
      },
    },
  });
}

// TanStack Query assumes it is online when the page opens and only then listens to the online and
// offline events: a page opened without network would ask anyway, fail, and show an error instead of
// what was kept for reading offline. Told the truth at start, its queries wait for the network.
if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);

export const queryClient = createQueryClient();
