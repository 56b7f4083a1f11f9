import { useQuery } from '@tanstack/react-query';
import type { PostSummary } from '@/api-types/posts';
import { fetchQueryOptions, getJson } from '@/lib/query/fetch-query';
import { postKeys } from '@/features/posts/api/post-keys';

export const getDrafts = getJson<PostSummary[]>('/api/v1/posts/drafts');

export function getDraftsQueryOptions() {
  return fetchQueryOptions(postKeys.drafts, getDrafts);
}

export function useDrafts() {
  return useQuery(getDraftsQueryOptions());
}
