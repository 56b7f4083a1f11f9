import type { SearchFacetName, SearchQuery, SearchSort } from '@/api-types/search';
import { paths } from '@/config/paths';

export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'newest', 'bravos'];

/** The order facets are offered in: what people narrow by most comes first. */
export const FACET_NAMES: readonly SearchFacetName[] = ['kind', 'tag', 'shop', 'author', 'type'];

/** The server refuses longer queries (422). */
export const MAX_QUERY_LENGTH = 200;

export interface SearchFilters {
  /** What was typed, trimmed; empty when only filters are set. */
  q: string;
  sort: SearchSort;
  type?: string | undefined;
  kind?: string | undefined;
  shop?: string | undefined;
  tag?: string | undefined;
  author?: string | undefined;
  /** Inclusive dates, `2026-11-29`. */
  from?: string | undefined;
  to?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isoDate(value: string | null): string | undefined {
  // A hand-edited URL must not turn into a 422 error page.
  return value !== null && ISO_DATE.test(value) ? value : undefined;
}

/** Query and filters live in the URL, so a search can be shared, bookmarked and gone back to. */
export function parseSearchFilters(params: URLSearchParams): SearchFilters {
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    sort: SEARCH_SORTS.find((sort) => sort === params.get('sort')) ?? 'relevance',
    type: nonEmpty(params.get('type')),
    kind: nonEmpty(params.get('kind')),
    shop: nonEmpty(params.get('shop')),
    tag: nonEmpty(params.get('tag')),
    author: nonEmpty(params.get('author')),
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
  };
}

/** How many filters are set beyond the text itself (the sort is not a filter). */
export function activeFilterCount(filters: SearchFilters): number {
  return [
    filters.type,
    filters.kind,
    filters.shop,
    filters.tag,
    filters.author,
    filters.from,
    filters.to,
  ].filter((value) => value !== undefined).length;
}

export function hasFilters(filters: SearchFilters): boolean {
  return activeFilterCount(filters) > 0;
}

/** Something to search for: without text or filter, the page invites to type instead. */
export function hasCriteria(filters: SearchFilters): boolean {
  return filters.q !== '' || hasFilters(filters);
}

/** The parameters sent to GET /search, without the paging ones. */
export function toSearchQuery(filters: SearchFilters): SearchQuery {
  const query: SearchQuery = {};
  if (filters.q) query.q = filters.q;
  for (const key of ['type', 'kind', 'shop', 'tag', 'author', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  // Relevance is the server's default: leaving it out keeps URLs and cache keys canonical.
  if (filters.sort !== 'relevance') query.sort = filters.sort;
  return query;
}

/** Link to the results page for these filters. */
export function searchHref(filters: Partial<SearchFilters>): string {
  const { q, type, kind, shop, tag, author, from, to, sort } = filters;
  return paths.search.getHref({
    q,
    type,
    kind,
    shop,
    tag,
    author,
    from,
    to,
    sort: sort === 'relevance' ? undefined : sort,
  });
}
