import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { labelOf, sendOrQueue } from '@/lib/offline/send-or-queue';
import type { Sent } from '@/lib/offline/send-or-queue';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function updateComment(id: number, body: string) {
  return api.put<CommentView>(`/api/v1/comments/${id}`, { body });
}

/** The outbox's name for a change to a comment made offline. */
export const OUTBOX_COMMENT_EDIT = OUTBOX_KINDS.commentEdit;

export interface QueuedCommentEdit {
  id: number;
  target: CommentTarget;
  body: string;
}

function showComment(queryClient: QueryClient, target: CommentTarget, updated: CommentView) {
  queryClient.setQueryData<CommentView[]>(commentKeys.list(target), (list) =>
    list?.map((comment) => (comment.id === updated.id ? updated : comment)),
  );
}

export async function sendQueuedCommentEdit(queryClient: QueryClient, payload: QueuedCommentEdit) {
  const updated = await updateComment(payload.id, payload.body);
  showComment(queryClient, payload.target, updated);
  return updated;
}

/**
 * Without network (or without an answer: the new text replaces the old, so sending it twice is
 * harmless) the change goes to the outbox, where a newer change of the same comment replaces it.
 * The comment keeps showing its saved text meanwhile: its HTML is made by the server.
 */
export function useUpdateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: ({ id, body }: { id: number; body: string }): Promise<Sent<CommentView>> =>
      sendOrQueue(
        () => updateComment(id, body),
        {
          type: OUTBOX_COMMENT_EDIT,
          label: labelOf(body),
          key: `${OUTBOX_COMMENT_EDIT}:${String(id)}`,
          payload: { id, target, body } satisfies QueuedCommentEdit,
        },
        { idempotent: true },
      ),
    onSuccess: (sent) => {
      if (!sent.queued) showComment(queryClient, target, sent.result);
    },
  });
}
