import type { ShopView } from '@/api-types/shops';
import { foldForSearch } from '@/lib/search-text';

/** Accent- and case-insensitive search over what people know a shop by. */
export function matchesShop(shop: ShopView, search: string): boolean {
  const needle = foldForSearch(search.trim());
  return [shop.name, shop.city, shop.region, shop.code].some((value) =>
    foldForSearch(value).includes(needle),
  );
}
