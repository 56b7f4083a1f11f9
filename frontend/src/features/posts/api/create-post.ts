import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePostRequest, PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export function createPost(request: CreatePostRequest) {
  return api.post<PostView>('/api/v1/posts', request);
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(post.id), post);
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
      void queryClient.invalidateQueries({ queryKey: postKeys.drafts });
    },
  });
}
