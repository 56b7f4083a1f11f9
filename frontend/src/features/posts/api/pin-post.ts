import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export const MAX_PIN_DAYS = 7;

export function pinPost(id: number, days: number) {
  return api.put<PostView>(`/api/v1/posts/${id}/pin`, { days });
}

export function usePinPost(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => pinPost(id, days),
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(id), post);
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
    },
  });
}
