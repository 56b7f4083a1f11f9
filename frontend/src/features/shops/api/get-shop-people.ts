import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonSummary } from '@/api-types/people';
import { api } from '@/lib/api-client';

export function getShopPeople(code: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<PersonSummary[]>(`/api/v1/shops/${encodeURIComponent(code)}/people`, { signal });
}

export function getShopPeopleQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['shops', 'people', code],
    queryFn: ({ signal }) => getShopPeople(code, { signal }),
  });
}

export function useShopPeople(code: string) {
  return useQuery(getShopPeopleQueryOptions(code));
}
