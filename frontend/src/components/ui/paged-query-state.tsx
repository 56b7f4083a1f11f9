import type { ReactNode } from 'react';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { QueryState } from '@/components/ui/query-state';
import type { QueryStateProps, QueryStateSource } from '@/components/ui/query-state';
import { useLoadMore } from '@/hooks/use-load-more';
import type { PagedQuery } from '@/hooks/use-load-more';
import type { Reveal } from '@/hooks/use-revealed-items';

export interface PagedQueryStateProps<TData> extends Omit<
  QueryStateProps<TData>,
  'query' | 'children'
> {
  query: QueryStateSource<TData> & PagedQuery;
  /** The items of the pages loaded so far. */
  children: ReactNode;
  footerTestId?: string;
  loadMoreTestId?: string;
  /** Items loaded but not drawn yet, shown before the next page is asked for (useRevealedItems). */
  reveal?: Reveal;
}

/** A list read page by page: its four states, then the footer that brings the next page. */
export function PagedQueryState<TData>({
  query,
  children,
  footerTestId,
  loadMoreTestId,
  reveal,
  ...states
}: PagedQueryStateProps<TData>) {
  const loadMore = useLoadMore(query, reveal);
  return (
    <QueryState query={query} {...states}>
      {() => (
        <>
          {children}
          <LoadMoreFooter {...loadMore} testId={footerTestId} loadMoreTestId={loadMoreTestId} />
        </>
      )}
    </QueryState>
  );
}
