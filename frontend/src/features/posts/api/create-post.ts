import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Photo } from '@/api-types/media';
import type { CreatePostRequest, PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { showPost } from '@/features/posts/api/show-post';

export function createPost(request: CreatePostRequest) {
  return api.post<PostView>('/api/v1/posts', request);
}

/** The outbox's name for a post written offline (see src/lib/offline/outbox.ts). */
export const OUTBOX_POST = OUTBOX_KINDS.post;

/** A post kept in the outbox; its new photos travel as the item's attachments. */
export interface QueuedPost {
  request: CreatePostRequest;
}

/** Sends a post from the outbox, with the photos the outbox uploaded first (all of them, or it is not called). */
export async function sendQueuedPost(
  queryClient: QueryClient,
  payload: QueuedPost,
  uploaded: readonly Photo[],
): Promise<PostView> {
  const post = await createPost({
    ...payload.request,
    photoIds: [...payload.request.photoIds, ...uploaded.map((photo) => photo.id)],
  });
  showPost(queryClient, post);
  return post;
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: (post) => {
      showPost(queryClient, post);
    },
  });
}
