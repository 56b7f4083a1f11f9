import { useQuery } from '@tanstack/react-query';
import type { PostSummary } from '@/api-types/posts';
import { fetchQueryOptions, getJson } from '@/lib/query/fetch-query';
import { adminKeys } from '@/features/admin/api/admin-keys';

export const getPinnedPosts = getJson<PostSummary[]>('/api/v1/admin/pinned-posts');

export function getPinnedPostsQueryOptions() {
  return fetchQueryOptions(adminKeys.pinned, getPinnedPosts);
}

export function usePinnedPosts() {
  return useQuery(getPinnedPostsQueryOptions());
}
