import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { UsersPage } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getUsers(
  q: string,
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
): Promise<UsersPage> {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return api.get<UsersPage>(`/api/v1/admin/users${query ? `?${query}` : ''}`, { signal });
}

export function getUsersQueryOptions(q: string) {
  return infiniteQueryOptions({
    queryKey: adminKeys.userSearch(q),
    queryFn: ({ pageParam, signal }) => getUsers(q, pageParam, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useUsers(q: string) {
  return useInfiniteQuery(getUsersQueryOptions(q));
}
