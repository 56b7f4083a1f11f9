import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export function deletePost(id: number) {
  return api.delete<undefined>(`/api/v1/posts/${id}`);
}

export function useDeletePost(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deletePost(id),
    onSuccess: () => {
      // Removed rather than invalidated: refetching would only produce a 404.
      queryClient.removeQueries({ queryKey: postKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
      void queryClient.invalidateQueries({ queryKey: postKeys.drafts });
    },
  });
}
