import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WatchWordRequest, WatchWordView } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function createWatchWord(request: WatchWordRequest) {
  return api.post<WatchWordView>('/api/v1/admin/watch-words', request);
}

export function useCreateWatchWord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWatchWord,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.watchWords }),
  });
}
