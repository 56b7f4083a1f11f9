import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangeStatusRequest, PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export function changePostStatus(id: number, request: ChangeStatusRequest) {
  return api.put<PostView>(`/api/v1/posts/${id}/status`, request);
}

export function useChangePostStatus(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChangeStatusRequest) => changePostStatus(id, request),
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(id), post);
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
    },
  });
}
