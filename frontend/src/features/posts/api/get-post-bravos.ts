import { useQuery } from '@tanstack/react-query';
import type { BravoGiver } from '@/api-types/bravos';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';
import { postKeys } from '@/features/posts/api/post-keys';

export function getPostBravos(id: number, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<BravoGiver[]>(`/api/v1/posts/${id}/bravos`, { signal });
}

export function getPostBravosQueryOptions(id: number) {
  return fetchQueryOptions(postKeys.bravos(id), (options) => getPostBravos(id, options));
}

/** Only fetched when the list is opened. */
export function usePostBravos(id: number, enabled: boolean) {
  return useQuery({ ...getPostBravosQueryOptions(id), enabled });
}
