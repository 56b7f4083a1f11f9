import { useQuery } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';

export function getShop(code: string, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<ShopView>(`/api/v1/shops/${encodeURIComponent(code)}`, { signal });
}

export function getShopQueryOptions(code: string) {
  return fetchQueryOptions(['shops', 'detail', code], (options) => getShop(code, options));
}

export function useShop(code: string) {
  return useQuery(getShopQueryOptions(code));
}
