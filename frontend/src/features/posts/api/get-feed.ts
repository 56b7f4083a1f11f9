import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { FeedPage, FeedQuery } from '@/api-types/posts';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';
import type { FeedFilters } from '@/features/posts/utils/feed-filters';

export const FEED_PAGE_SIZE = 20;

type FeedRequest = { [K in keyof FeedQuery]?: FeedQuery[K] | undefined };

export function getFeed(query: FeedRequest, { signal }: { signal?: AbortSignal } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return api.get<FeedPage>(`/api/v1/posts${search ? `?${search}` : ''}`, { signal });
}

export function getFeedQueryOptions(filters: FeedFilters) {
  return infiniteQueryOptions({
    queryKey: postKeys.feed(filters),
    queryFn: ({ pageParam, signal }) =>
      getFeed(
        {
          ...filters,
          // The period only means something for "top"; leaving it out keeps URLs canonical.
          period: filters.sort === 'top' ? filters.period : undefined,
          cursor: pageParam ?? undefined,
          limit: FEED_PAGE_SIZE,
        },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useFeed(filters: FeedFilters) {
  return useInfiniteQuery(getFeedQueryOptions(filters));
}
