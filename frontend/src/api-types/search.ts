// Wire types of the search resource (docs/api/search.md).

/** What a hit is: a published post, a comment, a guestbook entry or a video (found by its captions). */
export type SearchType = 'post' | 'comment' | 'entry' | 'video';

/** The page a comment or video belongs to. */
export type SearchParentType = 'post' | 'entry';

export type SearchSort = 'relevance' | 'newest' | 'bravos';

/** The filters that come back with counts. */
export type SearchFacetName = 'type' | 'kind' | 'shop' | 'tag' | 'author';

/** Query parameters of GET /search, all optional. */
export interface SearchQuery {
  /** At most 200 characters; typo- and accent-tolerant. */
  q?: string;
  /** A {@link SearchType}. */
  type?: string;
  /** A post's (`practice`, `idea`, `irritant`) or an entry's (`experiment`, `customer_moment`, `team_note`). */
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
  /**
   * The indexed item's id, as a string whatever its type: a post's, entry's or comment's numeric
   * id (e.g. `"42"`), a video's UUID.
   */
  id: string;
  /**
   * A post's kind (`practice`, `idea`, `irritant`) or an entry's (`experiment`, `customer_moment`,
   * `team_note`); a video carries its page's; null for comments.
   */
  kind: string | null;
  /** An idea's or irritant's status; null for practices and the other types. */
  status: string | null;
  /** A post's title; null for comments, entries and videos, which have none of their own. */
  title: string | null;
  /** The title HTML-escaped, matched words in `<mark>`; null when there is no title. */
  titleHtml: string | null;
  /**
   * About 160 characters of the body (a video's: the matching caption line), HTML-escaped,
   * matched words in `<mark>`; null without a body.
   */
  snippetHtml: string | null;
  tags: string[];
  /** Shop code; comments and videos carry their page's. */
  shop: string | null;
  /** Null for comments and videos: only the code comes with them. */
  shopName: string | null;
  /** Username. */
  author: string | null;
  authorName: string | null;
  createdAt: string | null;
  bravos: number;
  /** Comments and videos: the page they belong to; null for posts and entries. */
  parentType: SearchParentType | null;
  /** That page's numeric id, as a string. */
  parentId: string | null;
  /** That page's title; null when it is a guestbook entry, which has none. */
  parentTitle: string | null;
  /** A video found by its captions: the moment (ms from the start) the matching line is said. */
  startMs: number | null;
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
