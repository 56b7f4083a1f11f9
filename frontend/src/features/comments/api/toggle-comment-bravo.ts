import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { labelOf } from '@/lib/offline/send-or-queue';
import { useQueuedBravo } from '@/lib/offline/use-queued-bravo';
import type { QueuedBravo } from '@/lib/offline/use-queued-bravo';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function setCommentBravo(id: number, give: boolean) {
  const path = `/api/v1/comments/${id}/bravo`;
  return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
}

/** The outbox's name for a bravo on a comment given or taken back offline. */
export const OUTBOX_COMMENT_BRAVO = OUTBOX_KINDS.commentBravo;

/** A comment's bravo kept in the outbox; the target says which list shows the comment. */
export interface QueuedCommentBravo extends QueuedBravo {
  target: CommentTarget;
}

/** Only the toggled comment is touched. */
function showState(queryClient: QueryClient, target: CommentTarget, id: number, state: BravoState) {
  queryClient.setQueryData<CommentView[]>(commentKeys.list(target), (list) =>
    list?.map((comment) => (comment.id === id ? { ...comment, ...state } : comment)),
  );
}

export async function sendQueuedCommentBravo(
  queryClient: QueryClient,
  payload: QueuedCommentBravo,
) {
  const state = await setCommentBravo(payload.id, payload.give);
  showState(queryClient, payload.target, payload.id, state);
  return state;
}

/** Optimistic, like the post bravo, and kept in the outbox without network (see useQueuedBravo). */
export function useToggleCommentBravo(
  target: CommentTarget,
  comment: Pick<CommentView, 'id' | 'body'>,
) {
  const queryClient = useQueryClient();
  const key = commentKeys.list(target);
  return useQueuedBravo({
    queryKey: key,
    read: () => queryClient.getQueryData<CommentView[]>(key)?.find((c) => c.id === comment.id),
    write: (state) => {
      showState(queryClient, target, comment.id, state);
    },
    send: (give) => setCommentBravo(comment.id, give),
    type: OUTBOX_COMMENT_BRAVO,
    id: comment.id,
    label: labelOf(comment.body),
    extra: { target },
    // The comment's count came with the answer; nothing else shows it.
    refresh: () => undefined,
  });
}
