import type { PostView } from '@/api-types/posts';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function unpinPost(id: number) {
  return api.delete<PostView>(`/api/v1/posts/${id}/pin`);
}

export function useUnpinPost(id: number) {
  return useRefreshingMutation(() => unpinPost(id), adminKeys.pinned);
}
