import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

/** Every shop, closed ones included (active first, then by name). */
export function getAdminShops({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<ShopView[]>('/api/v1/shops?includeInactive=true', { signal });
}

export function getAdminShopsQueryOptions() {
  return queryOptions({
    queryKey: adminKeys.shops,
    queryFn: ({ signal }) => getAdminShops({ signal }),
  });
}

export function useAdminShops() {
  return useQuery(getAdminShopsQueryOptions());
}
