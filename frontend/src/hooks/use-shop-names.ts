import { useQuery } from '@tanstack/react-query';
import { getShopsQueryOptions } from '@/lib/shop-list';

/**
 * Shop names for the codes that profiles, people lists and moderation items carry: people read
 * "Paris Opéra", not "paris-opera". Shared below the features (the shop list's query lives in
 * lib/shop-list), so any of them can name a shop without importing the shops feature. A code stands
 * in for its name until the list arrives, or for a shop since removed.
 */
export function useShopNames(enabled = true): (code: string) => string {
  const shops = useQuery({ ...getShopsQueryOptions(), enabled });
  return (code) => shops.data?.find((shop) => shop.code === code)?.name ?? code;
}
