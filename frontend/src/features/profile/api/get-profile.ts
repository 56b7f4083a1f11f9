import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileView } from '@/api-types/people';
import { api } from '@/lib/api-client';

export function getProfile(username: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<ProfileView>(`/api/v1/people/${encodeURIComponent(username)}`, { signal });
}

export function getProfileQueryOptions(username: string) {
  return queryOptions({
    queryKey: ['profile', 'person', username],
    queryFn: ({ signal }) => getProfile(username, { signal }),
  });
}

export function useProfile(username: string) {
  return useQuery(getProfileQueryOptions(username));
}
