import { useInfiniteQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { FeedPage, FeedQuery } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { withQuery } from '@/lib/url';
import { postKeys } from '@/features/posts/api/post-keys';
import type { FeedFilters } from '@/features/posts/utils/feed-filters';
import { parseFeedFilters } from '@/features/posts/utils/feed-filters';

export const FEED_PAGE_SIZE = 20;

type FeedRequest = { [K in keyof FeedQuery]?: FeedQuery[K] | undefined };

export function getFeed(query: FeedRequest, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<FeedPage>(withQuery('/api/v1/posts', query), { signal });
}

export function getFeedQueryOptions(filters: FeedFilters) {
  return cursorQueryOptions(postKeys.feed(filters), (cursor, options) =>
    getFeed(
      {
        ...filters,
        // The period only means something for "top"; leaving it out keeps URLs canonical.
        period: filters.sort === 'top' ? filters.period : undefined,
        cursor: cursor ?? undefined,
        limit: FEED_PAGE_SIZE,
      },
      options,
    ),
  );
}

/** Asks for the first page of the feed an address shows (its filters), before the feed draws. */
export function prefetchFeed(client: QueryClient, params: URLSearchParams): void {
  void client.infiniteQuery(getFeedQueryOptions(parseFeedFilters(params))).catch(() => undefined);
}

export function useFeed(filters: FeedFilters) {
  return useInfiniteQuery(getFeedQueryOptions(filters));
}
