import { useQuery } from '@tanstack/react-query';
import type { ShopView } from '@/api-types/shops';
import { api } from '@/lib/api-client';

/**
 * Shop names for the codes that profiles, people lists and moderation items carry: people read
 * "Paris Opéra", not "paris-opera". Shared below the features (it reads the public shop list
 * itself), so any of them can name a shop without importing the shops feature. A code stands in
 * for its name until the list arrives, or for a shop since removed.
 */
export function useShopNames(enabled = true): (code: string) => string {
  const shops = useQuery({
    queryKey: ['shop-names'],
    queryFn: ({ signal }) => api.get<ShopView[]>('/api/v1/shops', { signal }),
    staleTime: 10 * 60_000,
    enabled,
  });
  return (code) => shops.data?.find((shop) => shop.code === code)?.name ?? code;
}
