import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentView, CreateCommentRequest } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { labelOf, sendOrQueue } from '@/lib/offline/send-or-queue';
import type { Sent } from '@/lib/offline/send-or-queue';
import { commentKeys, targetPath } from '@/features/comments/api/comment-keys';

export function createComment(target: CommentTarget, request: CreateCommentRequest) {
  return api.post<CommentView>(`${targetPath(target)}/comments`, request);
}

/** The outbox's name for a comment written offline. */
export const OUTBOX_COMMENT = OUTBOX_KINDS.comment;

export interface QueuedComment {
  target: CommentTarget;
  request: CreateCommentRequest;
}

/** What the comment form learns: the comment, or that it waits in the outbox. */
export type CommentSent = Sent<CommentView>;

export async function sendQueuedComment(queryClient: QueryClient, payload: QueuedComment) {
  const comment = await createComment(payload.target, payload.request);
  void queryClient.invalidateQueries({ queryKey: commentKeys.list(payload.target) });
  return comment;
}

/** Without network the comment goes to the outbox (and the form says so) instead of failing. */
export function useCreateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    // Runs without network too: that is when it hands the work to the outbox.
    networkMode: 'always',
    mutationFn: (request: CreateCommentRequest): Promise<CommentSent> =>
      sendOrQueue(() => createComment(target, request), {
        type: OUTBOX_COMMENT,
        label: labelOf(request.body),
        payload: { target, request } satisfies QueuedComment,
      }),
    onSuccess: (sent) => {
      if (sent.queued) return;
      const comment = sent.result;
      // Shown at once; the refetch then brings the server's order and anyone else's comments.
      queryClient.setQueryData<CommentView[]>(commentKeys.list(target), (list) =>
        list ? [...list, comment] : [comment],
      );
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(target) });
    },
  });
}
