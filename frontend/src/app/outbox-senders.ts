import type { QueryClient } from '@tanstack/react-query';
import type { Photo } from '@/api-types/media';
import type { OutboxItem } from '@/lib/offline/outbox';
import type { OutboxKind } from '@/lib/offline/outbox-kinds';
import type { QueuedBravo } from '@/lib/bravo';
import { sendQueuedComment } from '@/features/comments/api/create-comment';
import type { QueuedComment } from '@/features/comments/api/create-comment';
import { sendQueuedCommentBravo } from '@/features/comments/api/toggle-comment-bravo';
import type { QueuedCommentBravo } from '@/features/comments/api/toggle-comment-bravo';
import { sendQueuedCommentEdit } from '@/features/comments/api/update-comment';
import type { QueuedCommentEdit } from '@/features/comments/api/update-comment';
import {
  sendQueuedEntry,
  sendQueuedEntryBravo,
  sendQueuedEntryEdit,
} from '@/features/guestbook/api/entry-api';
import type { QueuedEntry, QueuedEntryEdit } from '@/features/guestbook/api/entry-api';
import { sendQueuedPost } from '@/features/posts/api/create-post';
import type { QueuedPost } from '@/features/posts/api/create-post';
import { sendQueuedPostBravo } from '@/features/posts/api/toggle-post-bravo';
import { sendQueuedPostEdit } from '@/features/posts/api/update-post';
import type { QueuedPostEdit } from '@/features/posts/api/update-post';

/** Sends one outbox item of `kind` with the features' API; `uploaded` are its photos, uploaded first. */
export function sendOutboxItem(
  queryClient: QueryClient,
  kind: OutboxKind,
  item: OutboxItem,
  uploaded: unknown[],
): Promise<unknown> {
  const photos = uploaded as Photo[];
  switch (kind) {
    case 'post':
      return sendQueuedPost(queryClient, item.payload as QueuedPost, photos);
    case 'post-edit':
      return sendQueuedPostEdit(queryClient, item.payload as QueuedPostEdit, photos);
    case 'entry':
      return sendQueuedEntry(queryClient, item.payload as QueuedEntry, photos);
    case 'entry-edit':
      return sendQueuedEntryEdit(queryClient, item.payload as QueuedEntryEdit, photos);
    case 'comment':
      return sendQueuedComment(queryClient, item.payload as QueuedComment);
    case 'comment-edit':
      return sendQueuedCommentEdit(queryClient, item.payload as QueuedCommentEdit);
    case 'post-bravo':
      return sendQueuedPostBravo(
        queryClient,
        item.payload as Parameters<typeof sendQueuedPostBravo>[1],
      );
    case 'entry-bravo':
      return sendQueuedEntryBravo(queryClient, item.payload as QueuedBravo);
    case 'comment-bravo':
      return sendQueuedCommentBravo(queryClient, item.payload as QueuedCommentBravo);
  }
}
