import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeView } from '@/api-types/people';
import { api } from '@/lib/api-client';

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<MeView> {
  return api.get<MeView>('/api/v1/me', { signal });
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
