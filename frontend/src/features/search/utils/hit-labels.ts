import type { SearchHit } from '@/api-types/search';
import type { ShopRef } from '@/api-types/shops';

/** Display names of the shops and people in the hits, for facets and hits that only carry codes. */
export interface FacetLabels {
  shop: ReadonlyMap<string, string>;
  author: ReadonlyMap<string, string>;
}

/**
 * Names by code and username: the shops' list when the page has it (a shop chip may have no hit
 * on this page, and comments and videos carry only the code), else as the hits spell them.
 */
export function facetLabels(
  hits: readonly SearchHit[],
  shops: readonly ShopRef[] = [],
): FacetLabels {
  const shop = new Map<string, string>();
  const author = new Map<string, string>();
  for (const hit of hits) {
    if (hit.shop && hit.shopName) shop.set(hit.shop, hit.shopName);
    if (hit.author && hit.authorName) author.set(hit.author, hit.authorName);
  }
  for (const { code, name } of shops) shop.set(code, name);
  return { shop, author };
}

/** A cursor can shift when content is published meanwhile; a hit must never show twice. */
export function uniqueHits(hits: readonly SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.type}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
