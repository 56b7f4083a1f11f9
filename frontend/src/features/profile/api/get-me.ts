import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The signed-in user, as returned by GET /api/v1/me. */
export interface Me {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  shop: string | null;
}

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me> {
  return api.get<Me>('/api/v1/me', { signal });
}

export const meQueryKey = ['profile', 'me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe({ signal }),
    // The profile changes rarely, and the header and the home page both read it.
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
