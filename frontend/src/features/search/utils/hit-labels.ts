import type { SearchHit } from '@/api-types/search';

/** Display names of the shops and people in the hits, for facets that only carry codes. */
export interface FacetLabels {
  shop: ReadonlyMap<string, string>;
  author: ReadonlyMap<string, string>;
}

export function facetLabels(hits: readonly SearchHit[]): FacetLabels {
  const shop = new Map<string, string>();
  const author = new Map<string, string>();
  for (const hit of hits) {
    if (hit.shop && hit.shopName) shop.set(hit.shop, hit.shopName);
    if (hit.author && hit.authorName) author.set(hit.author, hit.authorName);
  }
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
