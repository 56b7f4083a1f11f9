import type { Suggestion } from '@/api-types/search';
import { api } from '@/lib/api-client';
import { fetchQueryOptions, typeaheadPath, useTypeahead } from '@/lib/query/fetch-query';
import { searchKeys } from '@/features/search/api/search-keys';

export const SUGGESTION_LIMIT = 5;

/** One letter matches nearly every shop and person: suggestions start from the second. */
export const SUGGESTION_MIN_LENGTH = 2;

export function getSuggestions(query: string, { signal }: { signal?: AbortSignal } = {}) {
  const path = typeaheadPath('/api/v1/search/suggest', query, SUGGESTION_LIMIT);
  return api.get<Suggestion[]>(path, { signal });
}

export function getSuggestionsQueryOptions(query: string) {
  return fetchQueryOptions(
    searchKeys.suggestions(query),
    (options) => getSuggestions(query, options),
    {
      staleTime: 60_000,
      // Suggestions are a convenience: a failure hides them, searching still works.
      retry: false,
    },
  );
}

export function useSuggestions(query: string) {
  return useTypeahead(getSuggestionsQueryOptions(query), query.length >= SUGGESTION_MIN_LENGTH);
}
