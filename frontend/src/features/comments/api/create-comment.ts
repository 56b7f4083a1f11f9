import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentView, CreateCommentRequest } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { commentKeys, targetPath } from '@/features/comments/api/comment-keys';

export function createComment(target: CommentTarget, request: CreateCommentRequest) {
  return api.post<CommentView>(`${targetPath(target)}/comments`, request);
}

export function useCreateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCommentRequest) => createComment(target, request),
    onSuccess: (comment) => {
      // Shown at once; the refetch then brings the server's order and anyone else's comments.
      queryClient.setQueryData<CommentView[]>(commentKeys.list(target), (list) =>
        list ? [...list, comment] : [comment],
      );
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(target) });
    },
  });
}
