import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Photo } from '@/api-types/media';
import type { PostView, UpdatePostRequest } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { sendOrQueue } from '@/lib/offline/send-or-queue';
import type { Sent } from '@/lib/offline/send-or-queue';
import { showPost } from '@/features/posts/api/show-post';

export function updatePost(id: number, request: UpdatePostRequest) {
  return api.put<PostView>(`/api/v1/posts/${id}`, request);
}

/** The outbox's name for a change to a post made offline. */
export const OUTBOX_POST_EDIT = OUTBOX_KINDS.postEdit;

/** A change kept in the outbox; new photos travel as the item's attachments, as for a new post. */
export interface QueuedPostEdit {
  id: number;
  request: UpdatePostRequest;
}

/** The outbox item of a change: a newer change of the same post replaces a waiting one. */
export function postEditItem(payload: QueuedPostEdit) {
  return {
    type: OUTBOX_POST_EDIT,
    label: payload.request.title,
    key: `${OUTBOX_POST_EDIT}:${String(payload.id)}`,
    payload,
  };
}

/** Sends a change from the outbox, with the photos the outbox uploaded first (all of them, or it is not called). */
export async function sendQueuedPostEdit(
  queryClient: QueryClient,
  payload: QueuedPostEdit,
  uploaded: readonly Photo[],
): Promise<PostView> {
  const post = await updatePost(payload.id, {
    ...payload.request,
    photoIds: [...payload.request.photoIds, ...uploaded.map((photo) => photo.id)],
  });
  showPost(queryClient, post);
  return post;
}

/**
 * A change that gets no answer goes to the outbox (the whole post is sent, so sending it twice
 * is harmless); without network the composer queues it itself, with any photos still held.
 */
export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (payload: QueuedPostEdit): Promise<Sent<PostView>> =>
      sendOrQueue(() => updatePost(payload.id, payload.request), postEditItem(payload), {
        idempotent: true,
      }),
    onSuccess: (sent) => {
      if (!sent.queued) showPost(queryClient, sent.result);
    },
  });
}
