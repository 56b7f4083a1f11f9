import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { applyBravo } from '@/lib/bravo';
import { postKeys } from '@/features/posts/api/post-keys';

export function setPostBravo(id: number, give: boolean) {
  const path = `/api/v1/posts/${id}/bravo`;
  return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
}

/** Optimistic: the count changes on tap and is put back if the server refuses. */
export function useTogglePostBravo(id: number) {
  const queryClient = useQueryClient();
  const key = postKeys.detail(id);
  return useMutation({
    mutationFn: (give: boolean) => setPostBravo(id, give),
    onMutate: async (give) => {
      // A refetch landing now would overwrite the optimistic value with a stale one.
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<PostView>(key);
      if (previous) queryClient.setQueryData(key, applyBravo(previous, give));
      return { previous };
    },
    onError: (_error, _give, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (state) => {
      queryClient.setQueryData<PostView>(key, (post) => post && { ...post, ...state });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: postKeys.bravos(id) });
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
    },
  });
}
