import type { FeedPeriod, FeedSort, PostKind } from '@/api-types/posts';

export const POST_KINDS: readonly PostKind[] = ['practice', 'idea', 'irritant'];
export const FEED_SORTS: readonly FeedSort[] = ['latest', 'top'];
export const FEED_PERIODS: readonly FeedPeriod[] = ['week', 'month', 'all'];

export interface FeedFilters {
  sort: FeedSort;
  period: FeedPeriod;
  kind?: PostKind | undefined;
  tag?: string | undefined;
  shop?: string | undefined;
  author?: string | undefined;
  /** Only posts with a video: the films gallery. */
  video?: boolean | undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Filters live in the URL so a filtered feed can be shared, bookmarked and navigated back to. */
export function parseFeedFilters(params: URLSearchParams): FeedFilters {
  return {
    sort: oneOf(FEED_SORTS, params.get('sort')) ?? 'latest',
    period: oneOf(FEED_PERIODS, params.get('period')) ?? 'week',
    kind: oneOf(POST_KINDS, params.get('kind')),
    tag: nonEmpty(params.get('tag')?.trim()),
  };
}

export function isPostKind(value: string | null): value is PostKind {
  return oneOf(POST_KINDS, value) !== undefined;
}
