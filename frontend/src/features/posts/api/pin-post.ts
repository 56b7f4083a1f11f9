import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { usePostChange } from '@/features/posts/api/use-post-change';

export const MAX_PIN_DAYS = 7;

export function pinPost(id: number, days: number) {
  return api.put<PostView>(`/api/v1/posts/${id}/pin`, { days });
}

export function usePinPost(id: number) {
  return usePostChange(id, (days: number) => pinPost(id, days));
}
