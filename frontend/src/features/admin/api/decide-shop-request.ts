import type { ShopRequestView } from '@/api-types/people';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export type ShopRequestDecision = { approve: true } | { approve: false; reason: string | null };

export function decideShopRequest(id: number, decision: ShopRequestDecision) {
  const base = `/api/v1/admin/shop-requests/${encodeURIComponent(String(id))}`;
  return decision.approve
    ? api.post<ShopRequestView>(`${base}/approve`, {})
    : api.post<ShopRequestView>(`${base}/decline`, { reason: decision.reason });
}

/** Approves or declines; the list is refreshed either way (the request may have been decided elsewhere). */
export function useDecideShopRequest(id: number) {
  return useRefreshingMutation(
    (decision: ShopRequestDecision) => decideShopRequest(id, decision),
    adminKeys.shopRequests,
    { evenOnError: true },
  );
}
