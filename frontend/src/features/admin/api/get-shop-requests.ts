import { useInfiniteQuery } from '@tanstack/react-query';
import type { ShopRequestsPage } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { withQuery } from '@/lib/url';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getShopRequests(
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ShopRequestsPage> {
  const path = withQuery('/api/v1/admin/shop-requests', { cursor });
  return api.get<ShopRequestsPage>(path, { signal });
}

export function getShopRequestsQueryOptions() {
  return cursorQueryOptions(adminKeys.shopRequests, (cursor, options) =>
    getShopRequests(cursor, options),
  );
}

export function useShopRequests() {
  return useInfiniteQuery(getShopRequestsQueryOptions());
}
