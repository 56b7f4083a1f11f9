import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TagCount } from '@/api-types/tags';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

const SUGGESTION_LIMIT = 8;

export function getTags(query: string, { signal }: { signal?: AbortSignal } = {}) {
  const params = new URLSearchParams({ q: query, limit: String(SUGGESTION_LIMIT) });
  return api.get<TagCount[]>(`/api/v1/tags?${params.toString()}`, { signal });
}

export function getTagsQueryOptions(query: string) {
  return queryOptions({
    queryKey: postKeys.tags(query),
    queryFn: ({ signal }) => getTags(query, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useTagSuggestions(query: string) {
  return useQuery({
    ...getTagsQueryOptions(query),
    enabled: query.length > 0,
    // Keeps the list steady while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
  });
}
