import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostView, UpdatePostRequest } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export function updatePost(id: number, request: UpdatePostRequest) {
  return api.put<PostView>(`/api/v1/posts/${id}`, request);
}

export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: number; request: UpdatePostRequest }) =>
      updatePost(id, request),
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(post.id), post);
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
      void queryClient.invalidateQueries({ queryKey: postKeys.drafts });
    },
  });
}
