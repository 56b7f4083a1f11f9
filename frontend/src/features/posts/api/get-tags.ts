import type { TagCount } from '@/api-types/tags';
import { api } from '@/lib/api-client';
import { fetchQueryOptions, typeaheadPath, useTypeahead } from '@/lib/query/fetch-query';
import { postKeys } from '@/features/posts/api/post-keys';

const SUGGESTION_LIMIT = 8;

export function getTags(query: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<TagCount[]>(typeaheadPath('/api/v1/tags', query, SUGGESTION_LIMIT), { signal });
}

export function getTagsQueryOptions(query: string) {
  return fetchQueryOptions(postKeys.tags(query), (options) => getTags(query, options), {
    staleTime: 5 * 60_000,
  });
}

export function useTagSuggestions(query: string) {
  return useTypeahead(getTagsQueryOptions(query), query.length > 0);
}
