import type { UpdateShopRequest } from '@/api-types/admin';
import type { ShopView } from '@/api-types/shops';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function updateShop(code: string, request: UpdateShopRequest) {
  return api.put<ShopView>(`/api/v1/shops/${encodeURIComponent(code)}`, request);
}

/** Rename, move (city, region), close or reopen: the whole shop is sent each time. */
export function useUpdateShop(code: string) {
  return useRefreshingMutation(
    (request: UpdateShopRequest) => updateShop(code, request),
    adminKeys.shops,
  );
}
