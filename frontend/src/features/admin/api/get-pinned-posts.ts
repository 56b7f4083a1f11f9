import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PostSummary } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getPinnedPosts({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<PostSummary[]>('/api/v1/admin/pinned-posts', { signal });
}

export function getPinnedPostsQueryOptions() {
  return queryOptions({
    queryKey: adminKeys.pinned,
    queryFn: ({ signal }) => getPinnedPosts({ signal }),
  });
}

export function usePinnedPosts() {
  return useQuery(getPinnedPostsQueryOptions());
}
