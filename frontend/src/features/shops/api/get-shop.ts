import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { api } from '@/lib/api-client';

export function getShop(code: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<ShopView>(`/api/v1/shops/${encodeURIComponent(code)}`, { signal });
}

export function getShopQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['shops', 'detail', code],
    queryFn: ({ signal }) => getShop(code, { signal }),
  });
}

export function useShop(code: string) {
  return useQuery(getShopQueryOptions(code));
}
