import { useQuery } from '@tanstack/react-query';
import type { PersonSummary } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';

export function getShopPeople(code: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<PersonSummary[]>(`/api/v1/shops/${encodeURIComponent(code)}/people`, { signal });
}

export function getShopPeopleQueryOptions(code: string) {
  return fetchQueryOptions(['shops', 'people', code], (options) => getShopPeople(code, options));
}

export function useShopPeople(code: string) {
  return useQuery(getShopPeopleQueryOptions(code));
}
