import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { SearchPage, SearchQuery } from '@/api-types/search';
import { api } from '@/lib/api-client';
import { withQuery } from '@/lib/url';
import { searchKeys } from '@/features/search/api/search-keys';
import type { SearchFilters } from '@/features/search/utils/search-filters';
import {
  hasCriteria,
  parseSearchFilters,
  toSearchQuery,
} from '@/features/search/utils/search-filters';

export const SEARCH_PAGE_SIZE = 20;

type SearchRequest = { [K in keyof SearchQuery]?: SearchQuery[K] | undefined };

export function getSearch(query: SearchRequest, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<SearchPage>(withQuery('/api/v1/search', query), { signal });
}

export function getSearchQueryOptions(filters: SearchFilters) {
  return infiniteQueryOptions({
    queryKey: searchKeys.results(filters),
    queryFn: ({ pageParam, signal }) =>
      getSearch(
        { ...toSearchQuery(filters), after: pageParam ?? undefined, size: SEARCH_PAGE_SIZE },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.next,
  });
}

/** Asks for the first page of results of an address's search, if it has something to search for. */
export function prefetchSearch(client: QueryClient, params: URLSearchParams): void {
  const filters = parseSearchFilters(params);
  if (hasCriteria(filters)) {
    void client.infiniteQuery(getSearchQueryOptions(filters)).catch(() => undefined);
  }
}

/** Idle until there is something to search for. */
export function useSearch(filters: SearchFilters, { enabled }: { enabled: boolean }) {
  return useInfiniteQuery({
    ...getSearchQueryOptions(filters),
    enabled,
    // Changing a filter keeps the current results (and facets) on screen until the new ones come.
    placeholderData: keepPreviousData,
  });
}
