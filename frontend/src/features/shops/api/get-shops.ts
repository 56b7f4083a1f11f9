import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { api } from '@/lib/api-client';

export const shopsQueryKey = ['shops'] as const;

export function getShops({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<ShopView[]>('/api/v1/shops', { signal });
}

export function getShopsQueryOptions() {
  return queryOptions({
    queryKey: shopsQueryKey,
    queryFn: ({ signal }) => getShops({ signal }),
    staleTime: 10 * 60_000,
  });
}

export function useShops() {
  return useQuery(getShopsQueryOptions());
}
