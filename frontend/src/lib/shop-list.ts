import { queryOptions } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { api } from '@/lib/api-client';

// The list of shops is read by the shops feature and, for names, by shared code (hooks/use-shop-names):
// one query, below both, so a page showing both asks the server once and a renamed shop refreshes both.
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
