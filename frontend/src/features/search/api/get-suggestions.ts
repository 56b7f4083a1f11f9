import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Suggestion } from '@/api-types/search';
import { api } from '@/lib/api-client';
import { searchKeys } from '@/features/search/api/search-keys';

export const SUGGESTION_LIMIT = 5;

/** One letter matches nearly every shop and person: suggestions start from the second. */
export const SUGGESTION_MIN_LENGTH = 2;

export function getSuggestions(query: string, { signal }: { signal?: AbortSignal } = {}) {
  const params = new URLSearchParams({ q: query, limit: String(SUGGESTION_LIMIT) });
  return api.get<Suggestion[]>(`/api/v1/search/suggest?${params.toString()}`, { signal });
}

export function getSuggestionsQueryOptions(query: string) {
  return queryOptions({
    queryKey: searchKeys.suggestions(query),
    queryFn: ({ signal }) => getSuggestions(query, { signal }),
    staleTime: 60_000,
    // Suggestions are a convenience: a failure hides them, searching still works.
    retry: false,
  });
}

export function useSuggestions(query: string) {
  return useQuery({
    ...getSuggestionsQueryOptions(query),
    enabled: query.length >= SUGGESTION_MIN_LENGTH,
    // Keeps the list steady while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
  });
}
