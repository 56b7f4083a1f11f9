import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PostSummary } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export function getDrafts({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<PostSummary[]>('/api/v1/posts/drafts', { signal });
}

export function getDraftsQueryOptions() {
  return queryOptions({
    queryKey: postKeys.drafts,
    queryFn: ({ signal }) => getDrafts({ signal }),
  });
}

export function useDrafts() {
  return useQuery(getDraftsQueryOptions());
}
