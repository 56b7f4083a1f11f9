import { useInfiniteQuery } from '@tanstack/react-query';
import type { UsersPage } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { withQuery } from '@/lib/url';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getUsers(
  q: string,
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
): Promise<UsersPage> {
  const path = withQuery('/api/v1/admin/users', { q, cursor });
  return api.get<UsersPage>(path, { signal });
}

export function getUsersQueryOptions(q: string) {
  return cursorQueryOptions(adminKeys.userSearch(q), (cursor, options) =>
    getUsers(q, cursor, options),
  );
}

export function useUsers(q: string) {
  return useInfiniteQuery(getUsersQueryOptions(q));
}
