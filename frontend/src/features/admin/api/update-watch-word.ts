import type { WatchWordRequest, WatchWordView } from '@/api-types/admin';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function updateWatchWord(id: WatchWordView['id'], request: WatchWordRequest) {
  return api.put<WatchWordView>(
    `/api/v1/admin/watch-words/${encodeURIComponent(String(id))}`,
    request,
  );
}

export function useUpdateWatchWord(id: WatchWordView['id']) {
  return useRefreshingMutation(
    (request: WatchWordRequest) => updateWatchWord(id, request),
    adminKeys.watchWords,
  );
}
