import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WatchWordView } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getWatchWords({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<WatchWordView[]>('/api/v1/admin/watch-words', { signal });
}

export function getWatchWordsQueryOptions() {
  return queryOptions({
    queryKey: adminKeys.watchWords,
    queryFn: ({ signal }) => getWatchWords({ signal }),
  });
}

export function useWatchWords() {
  return useQuery(getWatchWordsQueryOptions());
}
