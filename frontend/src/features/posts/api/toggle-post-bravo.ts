import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { useQueuedBravo } from '@/lib/offline/use-queued-bravo';
import type { QueuedBravo } from '@/lib/offline/use-queued-bravo';
import { postKeys } from '@/features/posts/api/post-keys';

export function setPostBravo(id: number, give: boolean) {
  const path = `/api/v1/posts/${id}/bravo`;
  return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
}

/** The outbox's name for a bravo given or taken back offline. */
export const OUTBOX_POST_BRAVO = OUTBOX_KINDS.postBravo;

function showState(queryClient: QueryClient, id: number, state: BravoState) {
  queryClient.setQueryData<PostView>(postKeys.detail(id), (post) => post && { ...post, ...state });
}

function refresh(queryClient: QueryClient, id: number) {
  void queryClient.invalidateQueries({ queryKey: postKeys.bravos(id) });
  void queryClient.invalidateQueries({ queryKey: postKeys.feeds });
}

/** Items kept by an earlier version of the app named the post `postId`. */
type StoredPostBravo = QueuedBravo | { postId: number; give: boolean };

export async function sendQueuedPostBravo(queryClient: QueryClient, payload: StoredPostBravo) {
  const id = 'id' in payload ? payload.id : payload.postId;
  const state = await setPostBravo(id, payload.give);
  showState(queryClient, id, state);
  refresh(queryClient, id);
  return state;
}

/** Optimistic, and kept in the outbox without network (see useQueuedBravo). */
export function useTogglePostBravo(id: number, title = '') {
  const queryClient = useQueryClient();
  return useQueuedBravo({
    queryKey: postKeys.detail(id),
    read: () => queryClient.getQueryData<PostView>(postKeys.detail(id)),
    write: (state) => {
      showState(queryClient, id, state);
    },
    send: (give) => setPostBravo(id, give),
    type: OUTBOX_POST_BRAVO,
    id,
    label: title,
    refresh: () => {
      refresh(queryClient, id);
    },
  });
}
