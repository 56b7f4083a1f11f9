import { useQuery } from '@tanstack/react-query';
import type { WatchWordView } from '@/api-types/admin';
import { fetchQueryOptions, getJson } from '@/lib/query/fetch-query';
import { adminKeys } from '@/features/admin/api/admin-keys';

export const getWatchWords = getJson<WatchWordView[]>('/api/v1/admin/watch-words');

export function getWatchWordsQueryOptions() {
  return fetchQueryOptions(adminKeys.watchWords, getWatchWords);
}

export function useWatchWords() {
  return useQuery(getWatchWordsQueryOptions());
}
