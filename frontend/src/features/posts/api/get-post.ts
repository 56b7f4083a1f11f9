import { useQuery } from '@tanstack/react-query';
import type { PostView } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';
import { postKeys } from '@/features/posts/api/post-keys';

export function getPost(id: number, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<PostView>(`/api/v1/posts/${id}`, { signal });
}

export function getPostQueryOptions(id: number) {
  return fetchQueryOptions(postKeys.detail(id), (options) => getPost(id, options));
}

export function usePost(id: number) {
  return useQuery(getPostQueryOptions(id));
}
