import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonSummary } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { commentKeys } from '@/features/comments/api/comment-keys';

const SUGGESTION_LIMIT = 8;

export function searchPeople(query: string, { signal }: { signal?: AbortSignal } = {}) {
  const params = new URLSearchParams({ q: query, limit: String(SUGGESTION_LIMIT) });
  return api.get<PersonSummary[]>(`/api/v1/people?${params.toString()}`, { signal });
}

export function getPeopleSearchQueryOptions(query: string) {
  return queryOptions({
    queryKey: commentKeys.people(query),
    queryFn: ({ signal }) => searchPeople(query, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** For @mention autocomplete; idle until at least one character follows the @. */
export function usePeopleSearch(query: string) {
  return useQuery({
    ...getPeopleSearchQueryOptions(query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}
