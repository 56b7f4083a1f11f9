import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { PostView } from '@/api-types/posts';
import { useOptimisticBravo } from '@/hooks/use-optimistic-bravo';
import { sendQueuedBravo } from '@/lib/bravo';
import type { BravoTarget, QueuedBravo } from '@/lib/bravo';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { postKeys } from '@/features/posts/api/post-keys';

/** The outbox's name for a bravo given or taken back offline. */
export const OUTBOX_POST_BRAVO = OUTBOX_KINDS.postBravo;

function postBravoTarget(queryClient: QueryClient, id: number): BravoTarget {
  return {
    path: `/api/v1/posts/${id}/bravo`,
    queryKey: postKeys.detail(id),
    read: () => queryClient.getQueryData<PostView>(postKeys.detail(id)),
    write: (state) => {
      queryClient.setQueryData<PostView>(
        postKeys.detail(id),
        (post) => post && { ...post, ...state },
      );
    },
    refresh: () => {
      void queryClient.invalidateQueries({ queryKey: postKeys.bravos(id) });
      void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
    },
  };
}

/** Items kept by an earlier version of the app named the post `postId`. */
type StoredPostBravo = QueuedBravo | { postId: number; give: boolean };

export function sendQueuedPostBravo(queryClient: QueryClient, payload: StoredPostBravo) {
  const id = 'id' in payload ? payload.id : payload.postId;
  return sendQueuedBravo(postBravoTarget(queryClient, id), payload.give);
}

/** Optimistic, and kept in the outbox without network (see useOptimisticBravo). */
export function useTogglePostBravo(id: number, title = '') {
  const queryClient = useQueryClient();
  return useOptimisticBravo(postBravoTarget(queryClient, id), {
    type: OUTBOX_POST_BRAVO,
    id,
    label: title,
  });
}
