import type { Photo } from '@/api-types/media';
import { registerLocalStore, registerSessionCache } from '@/lib/local-data';
import { offlineDbStore } from '@/lib/offline/offline-db';
import { outbox } from '@/lib/offline/outbox-instance';
import { persistQueries, restoreQueries } from '@/lib/offline/query-persistence';
import { queryClient } from '@/lib/query-client';
import type { QueuedBravo } from '@/lib/offline/use-queued-bravo';
import { OUTBOX_COMMENT, sendQueuedComment } from '@/features/comments/api/create-comment';
import type { QueuedComment } from '@/features/comments/api/create-comment';
import {
  OUTBOX_COMMENT_BRAVO,
  sendQueuedCommentBravo,
} from '@/features/comments/api/toggle-comment-bravo';
import type { QueuedCommentBravo } from '@/features/comments/api/toggle-comment-bravo';
import { OUTBOX_COMMENT_EDIT, sendQueuedCommentEdit } from '@/features/comments/api/update-comment';
import type { QueuedCommentEdit } from '@/features/comments/api/update-comment';
import {
  OUTBOX_ENTRY,
  OUTBOX_ENTRY_BRAVO,
  OUTBOX_ENTRY_EDIT,
  sendQueuedEntry,
  sendQueuedEntryBravo,
  sendQueuedEntryEdit,
} from '@/features/guestbook/api/entry-api';
import type { QueuedEntry, QueuedEntryEdit } from '@/features/guestbook/api/entry-api';
import { OUTBOX_POST, sendQueuedPost } from '@/features/posts/api/create-post';
import type { QueuedPost } from '@/features/posts/api/create-post';
import { OUTBOX_POST_BRAVO, sendQueuedPostBravo } from '@/features/posts/api/toggle-post-bravo';
import { OUTBOX_POST_EDIT, sendQueuedPostEdit } from '@/features/posts/api/update-post';
import type { QueuedPostEdit } from '@/features/posts/api/update-post';

// How each kind of outbox item is sent: the features know their API, the outbox knows the order
// and the rules (see src/lib/offline/outbox.ts). Registered at start-up, before sign-in loads the
// person's items, so what was left from an earlier visit can leave too.
outbox.registerSender(OUTBOX_POST, (item, uploaded) =>
  sendQueuedPost(queryClient, item.payload as QueuedPost, uploaded as Photo[]),
);
outbox.registerSender(OUTBOX_POST_EDIT, (item, uploaded) =>
  sendQueuedPostEdit(queryClient, item.payload as QueuedPostEdit, uploaded as Photo[]),
);
outbox.registerSender(OUTBOX_ENTRY, (item, uploaded) =>
  sendQueuedEntry(queryClient, item.payload as QueuedEntry, uploaded as Photo[]),
);
outbox.registerSender(OUTBOX_ENTRY_EDIT, (item, uploaded) =>
  sendQueuedEntryEdit(queryClient, item.payload as QueuedEntryEdit, uploaded as Photo[]),
);
outbox.registerSender(OUTBOX_COMMENT, (item) =>
  sendQueuedComment(queryClient, item.payload as QueuedComment),
);
outbox.registerSender(OUTBOX_COMMENT_EDIT, (item) =>
  sendQueuedCommentEdit(queryClient, item.payload as QueuedCommentEdit),
);
outbox.registerSender(OUTBOX_POST_BRAVO, (item) =>
  sendQueuedPostBravo(queryClient, item.payload as Parameters<typeof sendQueuedPostBravo>[1]),
);
outbox.registerSender(OUTBOX_ENTRY_BRAVO, (item) =>
  sendQueuedEntryBravo(queryClient, item.payload as QueuedBravo),
);
outbox.registerSender(OUTBOX_COMMENT_BRAVO, (item) =>
  sendQueuedCommentBravo(queryClient, item.payload as QueuedCommentBravo),
);
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
