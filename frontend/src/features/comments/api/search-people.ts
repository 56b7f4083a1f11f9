import type { PersonSummary } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { fetchQueryOptions, typeaheadPath, useTypeahead } from '@/lib/query/fetch-query';
import { commentKeys } from '@/features/comments/api/comment-keys';

const SUGGESTION_LIMIT = 8;

export function searchPeople(query: string, { signal }: { signal?: AbortSignal } = {}) {
  const path = typeaheadPath('/api/v1/people', query, SUGGESTION_LIMIT);
  return api.get<PersonSummary[]>(path, { signal });
}

export function getPeopleSearchQueryOptions(query: string) {
  return fetchQueryOptions(commentKeys.people(query), (options) => searchPeople(query, options), {
    staleTime: 5 * 60_000,
  });
}

/** For @mention autocomplete; idle until at least one character follows the @. */
export function usePeopleSearch(query: string) {
  return useTypeahead(getPeopleSearchQueryOptions(query), query.length > 0);
}
