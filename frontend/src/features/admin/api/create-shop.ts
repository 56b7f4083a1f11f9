import type { CreateShopRequest } from '@/api-types/admin';
import type { ShopView } from '@/api-types/shops';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function createShop(request: CreateShopRequest) {
  return api.post<ShopView>('/api/v1/shops', request);
}

export function useCreateShop() {
  return useRefreshingMutation(createShop, adminKeys.shops);
}
