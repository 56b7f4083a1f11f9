import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentView } from '@/api-types/comments';
import { api } from '@/lib/api-client';
import { commentKeys } from '@/features/comments/api/comment-keys';

export function updateComment(id: number, body: string) {
  return api.put<CommentView>(`/api/v1/comments/${id}`, { body });
}

export function useUpdateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: string }) => updateComment(id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData<CommentView[]>(commentKeys.list(target), (list) =>
        list?.map((comment) => (comment.id === updated.id ? updated : comment)),
      );
    },
  });
}
