// Wire types of the search resource (docs/api/search.md).

/** What a hit is. Only published posts are indexed today; comments, entries and videos will follow. */
export type SearchType = 'post';

export type SearchSort = 'relevance' | 'newest' | 'bravos';

/** The filters that come back with counts. */
export type SearchFacetName = 'type' | 'kind' | 'shop' | 'tag' | 'author';

/** Query parameters of GET /search, all optional. */
export interface SearchQuery {
  /** At most 200 characters; typo- and accent-tolerant. */
  q?: string;
  type?: string;
  /** `practice`, `idea` or `irritant`. */
  kind?: string;
  /** Shop code. */
  shop?: string;
  /** Matched without case or accents. */
  tag?: string;
  /** Username. */
  author?: string;
  /** Inclusive dates, `2026-11-29`. */
  from?: string;
  to?: string;
  sort?: SearchSort;
  /** The `next` of the previous page. */
  after?: string;
  /** 1 to 50, 20 by default. */
  size?: number;
}

export interface SearchHit {
  /** A {@link SearchType}; kept open so types added to the index later do not break this client. */
  type: string;
  /** The indexed item's id, as a string whatever its type (a post's numeric id, e.g. `"42"`). */
  id: string;
  kind: string | null;
  /** An idea's or irritant's status; null for practices. */
  status: string | null;
  title: string;
  /** The title HTML-escaped, matched words in `<mark>`. */
  titleHtml: string;
  /** About 160 characters of the body, HTML-escaped, matched words in `<mark>`; null without a body. */
  snippetHtml: string | null;
  tags: string[];
  /** Shop code. */
  shop: string | null;
  shopName: string | null;
  /** Username. */
  author: string | null;
  authorName: string | null;
  createdAt: string | null;
  bravos: number;
}

export interface FacetValue {
  value: string;
  /** Results this value would give, the *other* filters applied. */
  count: number;
}

export interface SearchPage {
  items: SearchHit[];
  total: number;
  facets: Partial<Record<SearchFacetName, FacetValue[]>>;
  /** Cursor of the next page; null on the last one. */
  next: string | null;
  /** When nothing matched: the query with each word replaced by the closest indexed title word. */
  didYouMean: string | null;
}

export type SuggestionKind = 'title' | 'tag' | 'shop' | 'person';

/** GET /search/suggest item; `value` is what to search (title, tag) or open (shop code, username). */
export interface Suggestion {
  kind: SuggestionKind;
  text: string;
  value: string;
}
