import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { useOptimisticBravo } from '@/hooks/use-optimistic-bravo';
import { sendQueuedBravo } from '@/lib/bravo';
import type { BravoTarget, QueuedBravo } from '@/lib/bravo';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { labelOf } from '@/lib/offline/send-or-queue';
import { commentKeys } from '@/features/comments/api/comment-keys';

/** The outbox's name for a bravo on a comment given or taken back offline. */
export const OUTBOX_COMMENT_BRAVO = OUTBOX_KINDS.commentBravo;

/** A comment's bravo kept in the outbox; the target says which list shows the comment. */
export interface QueuedCommentBravo extends QueuedBravo {
  target: CommentTarget;
}

/** Only the toggled comment is touched; its count came with the answer, nothing else shows it. */
function commentBravoTarget(
  queryClient: QueryClient,
  target: CommentTarget,
  id: number,
): BravoTarget {
  const key = commentKeys.list(target);
  return {
    path: `/api/v1/comments/${id}/bravo`,
    queryKey: key,
    read: () => queryClient.getQueryData<CommentView[]>(key)?.find((c) => c.id === id),
    write: (state) => {
      queryClient.setQueryData<CommentView[]>(key, (list) =>
        list?.map((comment) => (comment.id === id ? { ...comment, ...state } : comment)),
      );
    },
  };
}

export function sendQueuedCommentBravo(queryClient: QueryClient, payload: QueuedCommentBravo) {
  return sendQueuedBravo(commentBravoTarget(queryClient, payload.target, payload.id), payload.give);
}

/** Optimistic, like the post bravo, and kept in the outbox without network (see useOptimisticBravo). */
export function useToggleCommentBravo(
  target: CommentTarget,
  comment: Pick<CommentView, 'id' | 'body'>,
) {
  const queryClient = useQueryClient();
  return useOptimisticBravo(commentBravoTarget(queryClient, target, comment.id), {
    type: OUTBOX_COMMENT_BRAVO,
    id: comment.id,
    label: labelOf(comment.body),
    extra: { target },
  });
}
