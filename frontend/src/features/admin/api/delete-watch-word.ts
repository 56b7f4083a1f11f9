import type { WatchWordView } from '@/api-types/admin';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function deleteWatchWord(id: WatchWordView['id']) {
  return api.delete<undefined>(`/api/v1/admin/watch-words/${encodeURIComponent(String(id))}`);
}

export function useDeleteWatchWord(id: WatchWordView['id']) {
  return useRefreshingMutation(() => deleteWatchWord(id), adminKeys.watchWords);
}
