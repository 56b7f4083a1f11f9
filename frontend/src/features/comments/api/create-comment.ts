import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentView, CreateCommentRequest } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { isOnline, queueForLater } from '@/lib/offline/outbox-instance';
import { commentKeys, targetPath } from '@/features/comments/api/comment-keys';

export function createComment(target: CommentTarget, request: CreateCommentRequest) {
  return api.post<CommentView>(`${targetPath(target)}/comments`, request);
}

/** The outbox's name for a comment written offline. */
export const OUTBOX_COMMENT = 'comment';

export interface QueuedComment {
  target: CommentTarget;
  request: CreateCommentRequest;
}

/** What the comment form learns: the comment, or that it waits in the outbox. */
export type CommentSent = { queued: false; comment: CommentView } | { queued: true };

export async function sendQueuedComment(queryClient: QueryClient, payload: QueuedComment) {
  const comment = await createComment(payload.target, payload.request);
  void queryClient.invalidateQueries({ queryKey: commentKeys.list(payload.target) });
  return comment;
}

const LABEL_LENGTH = 60;

/** Without network the comment goes to the outbox (and the form says so) instead of failing. */
export function useCreateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    // Runs without network too: that is when it hands the work to the outbox.
    networkMode: 'always',
    mutationFn: async (request: CreateCommentRequest): Promise<CommentSent> => {
      if (!isOnline()) {
        const payload: QueuedComment = { target, request };
        await queueForLater({
          type: OUTBOX_COMMENT,
          label: request.body.slice(0, LABEL_LENGTH),
          payload,
        });
        return { queued: true };
      }
      return { queued: false, comment: await createComment(target, request) };
    },
    onSuccess: (sent) => {
      if (sent.queued) return;
      const { comment } = sent;
      // Shown at once; the refetch then brings the server's order and anyone else's comments.
      queryClient.setQueryData<CommentView[]>(commentKeys.list(target), (list) =>
        list ? [...list, comment] : [comment],
      );
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(target) });
    },
  });
}
