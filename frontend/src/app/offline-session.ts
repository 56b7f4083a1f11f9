import { registerLocalStore, registerSessionCache } from '@/lib/local-data';
import { offlineDbStore } from '@/lib/offline/offline-db';
import { outbox } from '@/lib/offline/outbox-instance';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { persistQueries, restoreQueries } from '@/lib/offline/query-persistence';
import { queryClient } from '@/lib/query-client';

// How each kind of outbox item is sent: the features know their API, the outbox knows the order
// and the rules (see src/lib/offline/outbox.ts). Registered at start-up, before sign-in loads the
// person's items, so what was left from an earlier visit can leave too. The senders' code loads
// when something is sent, not with the first screen (the service worker keeps it, like every
// chunk); a chunk that cannot load fails the item visibly, to be sent again.
const senders = () => import('@/app/outbox-senders');
for (const kind of Object.values(OUTBOX_KINDS)) {
  outbox.registerSender(kind, async (item, uploaded) =>
    (await senders()).sendOutboxItem(queryClient, kind, item, uploaded),
  );
}
if (typeof window !== 'undefined') outbox.connect(window);

let stopPersisting: (() => void) | undefined;

/**
 * At sign-in: the person's offline copy comes back (pages they read open without network), is
 * kept up to date from now on, and their outbox is loaded and sent if the network allows.
 */
export async function startOfflineSession(sub: string): Promise<void> {
  stopPersisting?.();
  await restoreQueries(queryClient, sub);
  stopPersisting = persistQueries(queryClient, sub);
  void outbox.setOwner(sub);
}

// The outbox and the offline copy are the person's: kept under their key in IndexedDB (cleared
// with their other data), and forgotten by this page at logout before anything is removed.
registerLocalStore(offlineDbStore);
registerSessionCache({
  name: 'offline copy and outbox',
  clear: () => {
    stopPersisting?.();
    stopPersisting = undefined;
    return outbox.setOwner(null);
  },
});
