import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { usePostChange } from '@/features/posts/api/use-post-change';

export function unpinPost(id: number) {
  return api.delete<PostView>(`/api/v1/posts/${id}/pin`);
}

export function useUnpinPost(id: number) {
  return usePostChange(id, () => unpinPost(id));
}
