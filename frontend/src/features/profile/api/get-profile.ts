import { useQuery } from '@tanstack/react-query';
import type { ProfileView } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';

export function getProfile(username: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<ProfileView>(`/api/v1/people/${encodeURIComponent(username)}`, { signal });
}

export function getProfileQueryOptions(username: string) {
  return fetchQueryOptions(['profile', 'person', username], (options) =>
    getProfile(username, options),
  );
}

export function useProfile(username: string) {
  return useQuery(getProfileQueryOptions(username));
}
