import { useOnVisible } from '@/hooks/use-on-visible';
import type { Reveal } from '@/hooks/use-revealed-items';

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
 * With `reveal`, the items already loaded but not drawn yet come first (useRevealedItems), and the
 * next page is asked for only once they are all shown.
 */
export function useLoadMore(query: PagedQuery, reveal?: Reveal) {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const hidden = reveal?.hidden ?? 0;
  const canLoadMore = hasNextPage && !isFetchingNextPage && !isFetchNextPageError;
  const more = () => {
    if (reveal && hidden > 0) reveal.revealMore();
    else void fetchNextPage();
  };
  const sentinelRef = useOnVisible(
    () => {
      if (hidden > 0 || canLoadMore) more();
    },
    hidden > 0 || canLoadMore,
    // A new observer after each page and each reveal (see useOnVisible).
    `${query.data?.pages.length ?? 0}:${hidden}`,
  );
  return {
    hasNextPage: hidden > 0 || hasNextPage,
    isFetchingNextPage: hidden === 0 && isFetchingNextPage,
    nextPageError: isFetchNextPageError ? query.error : null,
    onLoadMore: more,
    sentinelRef,
  };
}
