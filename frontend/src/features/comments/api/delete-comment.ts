import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentTarget } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function deleteComment(id: number) {
  return api.delete<undefined>(`/api/v1/comments/${id}`);
}

export function useDeleteComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteComment,
    // Refetched rather than removed locally: only the server knows whether the comment has
    // replies and therefore stays as a placeholder.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentKeys.list(target) }),
  });
}
