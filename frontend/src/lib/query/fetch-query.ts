import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { InfiniteData, QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { withQuery } from '@/lib/url';

/** A read the query cache can cancel when nobody waits for its answer any more. */
export type Fetch<T> = (options?: { signal?: AbortSignal }) => Promise<T>;

type ExtraOptions<T, K extends QueryKey> = Omit<
  UseQueryOptions<T, Error, T, K>,
  'queryKey' | 'queryFn'
>;

/** A GET of one fixed address, e.g. a whole list the back office shows at once. */
export function getJson<T>(path: string): Fetch<T> {
  return ({ signal } = {}) => api.get<T>(path, { signal });
}

/** The query options of a read cached under `queryKey`, passing on the cache's cancel signal. */
export function fetchQueryOptions<T, K extends QueryKey>(
  queryKey: K,
  fetch: Fetch<T>,
  extra: ExtraOptions<T, K> = {},
) {
  return queryOptions<T, Error, T, K>({
    ...extra,
    queryKey,
    queryFn: ({ signal }) => fetch({ signal }),
  });
}

/** A page of a list read a cursor at a time; the last page has no next cursor. */
export interface CursorPage {
  nextCursor: string | null;
}

/** A list read a page at a time, from the first page on, each page saying where the next starts. */
export function cursorQueryOptions<TPage extends CursorPage, K extends QueryKey>(
  queryKey: K,
  fetchPage: (cursor: string | null, options: { signal: AbortSignal }) => Promise<TPage>,
  extra: { staleTime?: number } = {},
) {
  return infiniteQueryOptions<TPage, Error, InfiniteData<TPage, string | null>, K, string | null>({
    ...extra,
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, { signal }),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** `path?q=…&limit=…` of a list of suggestions for what is being typed. */
export function typeaheadPath(path: string, query: string, limit: number): string {
  return withQuery(path, { q: query, limit });
}

/**
 * Suggestions for what is being typed, idle while `enabled` is false. The list stays steady
 * while the next keystroke's answer is on its way.
 */
export function useTypeahead<T, K extends QueryKey>(
  options: UseQueryOptions<T, Error, T, K>,
  enabled: boolean,
) {
  return useQuery({ ...options, enabled, placeholderData: keepPreviousData });
}
