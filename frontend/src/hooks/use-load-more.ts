import { useOnVisible } from '@/hooks/use-on-visible';

/** The parts of a TanStack infinite query that paging through it needs. */
export interface PagedQuery {
  data: { pages: readonly unknown[] } | undefined;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Loads the next page of `query` as its footer scrolls into view; returns the props of
 * `LoadMoreFooter`. A failed page is not retried on its own: the user asks again with the button.
 */
export function useLoadMore(query: PagedQuery) {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const canLoadMore = hasNextPage && !isFetchingNextPage && !isFetchNextPageError;
  const sentinelRef = useOnVisible(
    () => {
      if (canLoadMore) void fetchNextPage();
    },
    canLoadMore,
    query.data?.pages.length ?? 0,
  );
  return {
    hasNextPage,
    isFetchingNextPage,
    nextPageError: isFetchNextPageError ? query.error : null,
    onLoadMore: () => void fetchNextPage(),
    sentinelRef,
  };
}
