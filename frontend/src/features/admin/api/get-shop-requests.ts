import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ShopRequestsPage } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getShopRequests(
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ShopRequestsPage> {
  const query = cursor ? `?${new URLSearchParams({ cursor }).toString()}` : '';
  return api.get<ShopRequestsPage>(`/api/v1/admin/shop-requests${query}`, { signal });
}

export function getShopRequestsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: adminKeys.shopRequests,
    queryFn: ({ pageParam, signal }) => getShopRequests(pageParam, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useShopRequests() {
  return useInfiniteQuery(getShopRequestsQueryOptions());
}
