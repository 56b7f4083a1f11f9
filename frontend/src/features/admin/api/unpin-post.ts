import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function unpinPost(id: number) {
  return api.delete<PostView>(`/api/v1/posts/${id}/pin`);
}

export function useUnpinPost(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unpinPost(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.pinned }),
  });
}
