import type { ReactNode } from 'react';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { QueryState } from '@/components/ui/query-state';
import type { QueryStateProps, QueryStateSource } from '@/components/ui/query-state';
import { useLoadMore } from '@/hooks/use-load-more';
import type { PagedQuery } from '@/hooks/use-load-more';

export interface PagedQueryStateProps<TData> extends Omit<
  QueryStateProps<TData>,
  'query' | 'children'
> {
  query: QueryStateSource<TData> & PagedQuery;
  /** The items of the pages loaded so far. */
  children: ReactNode;
  footerTestId?: string;
  loadMoreTestId?: string;
}

/** A list read page by page: its four states, then the footer that brings the next page. */
export function PagedQueryState<TData>({
  query,
  children,
  footerTestId,
  loadMoreTestId,
  ...states
}: PagedQueryStateProps<TData>) {
  const loadMore = useLoadMore(query);
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
