import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentView, CreateCommentRequest } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function createComment(postId: number, request: CreateCommentRequest) {
  return api.post<CommentView>(`/api/v1/posts/${postId}/comments`, request);
}

export function useCreateComment(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCommentRequest) => createComment(postId, request),
    onSuccess: (comment) => {
      // Shown at once; the refetch then brings the server's order and anyone else's comments.
      queryClient.setQueryData<CommentView[]>(commentKeys.list(postId), (list) =>
        list ? [...list, comment] : [comment],
      );
      void queryClient.invalidateQueries({ queryKey: commentKeys.list(postId) });
    },
  });
}
