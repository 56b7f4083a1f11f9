import { dehydrate, hydrate } from '@tanstack/react-query';
import type { DehydratedState, Query, QueryClient } from '@tanstack/react-query';
import { userScopedKey } from '@/lib/local-data';
import { readOffline, writeOffline } from '@/lib/offline/offline-db';

const STORAGE_NAME = 'queries';
/** Older copies are not shown: a day-old feed is more misleading than an empty page. */
export const OFFLINE_COPY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const WRITE_DELAY_MS = 1_000;

interface OfflineCopy {
  savedAt: number;
  state: DehydratedState;
}

export interface PersistenceStorage {
  read: (key: string) => Promise<unknown>;
  write: (key: string, value: unknown) => Promise<void>;
}

const idbStorage: PersistenceStorage = { read: readOffline, write: writeOffline };

/** What is worth reading offline: answers that arrived, but never the session itself. */
function worthKeeping(query: Query): boolean {
  return query.state.status === 'success' && query.queryKey[0] !== 'session';
}

/**
 * Puts back what `sub` read recently (feeds, posts, guestbooks), so pages open without network.
 * Kept under the person's own key: nobody else's copy can be read, and it goes at logout.
 */
export async function restoreQueries(
  client: QueryClient,
  sub: string,
  { storage = idbStorage, now = Date.now } = {},
): Promise<void> {
  try {
    const copy = (await storage.read(userScopedKey(sub, STORAGE_NAME))) as OfflineCopy | undefined;
    if (!copy || now() - copy.savedAt > OFFLINE_COPY_MAX_AGE_MS) return;
    // Answers fetched in this page are newer: hydrate never overwrites them with older data.
    hydrate(client, copy.state);
    // What comes back is shown at once but is not fresh, however recently it was saved: a reload or
    // a new open must ask the server again (the person reloads to see what changed). Marked stale
    // only, not refetched here: each is asked again when a page shows it, and waits without network.
    for (const restored of copy.state.queries) {
      const query = client.getQueryCache().find({ queryKey: restored.queryKey, exact: true });
      if (query?.state.dataUpdatedAt === restored.state.dataUpdatedAt) {
        void client.invalidateQueries({
          queryKey: restored.queryKey,
          exact: true,
          refetchType: 'none',
        });
      }
    }
  } catch (error) {
    console.warn('Could not read the offline copy', error);
  }
}

/** Where the page says the network went or the person left it (the window, in the app). */
export interface PageEvents {
  window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  document?:
    | (Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
        visibilityState: DocumentVisibilityState;
      })
    | undefined;
}

const browserPage: PageEvents = {
  window: typeof window === 'undefined' ? undefined : window,
  document: typeof document === 'undefined' ? undefined : document,
};

/**
 * Keeps a copy of `sub`'s answers as they change (at most once a second); returns what stops
 * it, called at logout before the copy is removed. A write still waiting goes out at once when the
 * network goes (the copy is about to be all there is: a post just opened, then a reload in a dead
 * zone, must be in it) and when the page is hidden or left (a phone may end a tab in the
 * background without warning).
 */
export function persistQueries(
  client: QueryClient,
  sub: string,
  {
    storage = idbStorage,
    now = Date.now,
    delayMs = WRITE_DELAY_MS,
    page = browserPage,
  }: {
    storage?: PersistenceStorage;
    now?: () => number;
    delayMs?: number;
    page?: PageEvents;
  } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const write = () => {
    timer = undefined;
    if (stopped) return;
    const copy: OfflineCopy = {
      savedAt: now(),
      state: dehydrate(client, { shouldDehydrateQuery: worthKeeping }),
    };
    storage.write(userScopedKey(sub, STORAGE_NAME), copy).catch((error: unknown) => {
      console.warn('Could not keep the offline copy', error);
    });
  };
  const writeNow = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  };
  const writeWhenHidden = () => {
    if (page.document?.visibilityState === 'hidden') writeNow();
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (stopped || event.type !== 'updated' || event.action.type !== 'success') return;
    timer ??= setTimeout(write, delayMs);
  });
  page.window?.addEventListener('offline', writeNow);
  page.window?.addEventListener('pagehide', writeNow);
  page.document?.addEventListener('visibilitychange', writeWhenHidden);
  return () => {
    stopped = true;
    unsubscribe();
    page.window?.removeEventListener('offline', writeNow);
    page.window?.removeEventListener('pagehide', writeNow);
    page.document?.removeEventListener('visibilitychange', writeWhenHidden);
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
}
