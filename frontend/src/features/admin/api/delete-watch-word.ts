import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WatchWordView } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function deleteWatchWord(id: WatchWordView['id']) {
  return api.delete<undefined>(`/api/v1/admin/watch-words/${encodeURIComponent(String(id))}`);
}

export function useDeleteWatchWord(id: WatchWordView['id']) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteWatchWord(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.watchWords }),
  });
}
