import { useQuery } from '@tanstack/react-query';
import { getShopsQueryOptions } from '@/lib/shop-list';

export { getShops, getShopsQueryOptions, shopsQueryKey } from '@/lib/shop-list';

export function useShops() {
  return useQuery(getShopsQueryOptions());
}
