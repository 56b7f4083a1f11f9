import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { applyBravo } from '@/lib/bravo';
import { isOnline, queueForLater } from '@/lib/offline/outbox-instance';
import { postKeys } from '@/features/posts/api/post-keys';

export function setPostBravo(id: number, give: boolean) {
  const path = `/api/v1/posts/${id}/bravo`;
  return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
}

/** The outbox's name for a bravo given or taken back offline. */
export const OUTBOX_POST_BRAVO = 'post-bravo';

export interface QueuedPostBravo {
  postId: number;
  give: boolean;
}

export async function sendQueuedPostBravo(queryClient: QueryClient, payload: QueuedPostBravo) {
  const state = await setPostBravo(payload.postId, payload.give);
  queryClient.setQueryData<PostView>(
    postKeys.detail(payload.postId),
    (post) => post && { ...post, ...state },
  );
  void queryClient.invalidateQueries({ queryKey: postKeys.bravos(payload.postId) });
  void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
  return state;
}

/** What the button learns: the server's count, or that the bravo waits in the outbox. */
export type BravoSent = { queued: false; state: BravoState } | { queued: true };

/**
 * Optimistic: the count changes on tap and is put back if the server refuses. Without network
 * the bravo goes to the outbox and the count stays changed.
 */
export function useTogglePostBravo(id: number, title = '') {
  const queryClient = useQueryClient();
  const key = postKeys.detail(id);
  return useMutation({
    // Runs without network too: that is when it hands the work to the outbox.
    networkMode: 'always',
    mutationFn: async (give: boolean): Promise<BravoSent> => {
      if (!isOnline()) {
        const payload: QueuedPostBravo = { postId: id, give };
        await queueForLater({ type: OUTBOX_POST_BRAVO, label: title, payload });
        return { queued: true };
      }
      return { queued: false, state: await setPostBravo(id, give) };
    },
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
    onSuccess: (sent) => {
      if (sent.queued) return;
      queryClient.setQueryData<PostView>(key, (post) => post && { ...post, ...sent.state });
    },
    onSettled: (sent) => {
      // Refetching now would show the server's count before the outbox sends the bravo.
      if (sent?.queued) return;
      void queryClient.invalidateQueries({ queryKey: postKeys.bravos(id) });
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
    },
  });
}
