import type { WatchWordRequest, WatchWordView } from '@/api-types/admin';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function createWatchWord(request: WatchWordRequest) {
  return api.post<WatchWordView>('/api/v1/admin/watch-words', request);
}

export function useCreateWatchWord() {
  return useRefreshingMutation(createWatchWord, adminKeys.watchWords);
}
