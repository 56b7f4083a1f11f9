import { useQuery } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { fetchQueryOptions, getJson } from '@/lib/query/fetch-query';
import { adminKeys } from '@/features/admin/api/admin-keys';

/** Every shop, closed ones included (active first, then by name). */
export const getAdminShops = getJson<ShopView[]>('/api/v1/shops?includeInactive=true');

export function getAdminShopsQueryOptions() {
  return fetchQueryOptions(adminKeys.shops, getAdminShops);
}

export function useAdminShops() {
  return useQuery(getAdminShopsQueryOptions());
}
