import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ShopRequestView } from '@/api-types/people';
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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: ShopRequestDecision) => decideShopRequest(id, decision),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.shopRequests }),
  });
}
