import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostView } from '@/api-types/posts';
import { postKeys } from '@/features/posts/api/post-keys';

/**
 * A change to one post that the server answers with the post as it now is: its page shows it at
 * once, and the feeds fetch again since its place or visibility there may have changed.
 */
export function usePostChange<TVariables = void>(
  id: number,
  mutationFn: (variables: TVariables) => Promise<PostView>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(id), post);
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
    },
  });
}
