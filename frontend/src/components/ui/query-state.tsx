import type { ReactNode } from 'react';
import { QueryErrorState } from '@/components/ui/query-error-state';

/** What a query (or an infinite query) says of its state, as TanStack Query reports it. */
export interface QueryStateSource<TData> {
  data: TData | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  /** Infinite queries only: a failed next page leaves the pages already shown in place. */
  isFetchNextPageError?: boolean;
  refetch: () => Promise<unknown>;
}

export interface QueryStateProps<TData> {
  query: QueryStateSource<TData>;
  /** Shown until the first answer: a skeleton shaped like what comes. */
  loading: ReactNode;
  errorTitle: string;
  /** When the answer has nothing to show, and what to say instead. */
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  children: (data: TData) => ReactNode;
}

/** Loading, failed (with a retry), empty, or the content: the four states of a list on screen. */
export function QueryState<TData>({
  query,
  loading,
  errorTitle,
  isEmpty,
  empty,
  children,
}: QueryStateProps<TData>) {
  if (query.isPending) return loading;
  if (query.isError && !query.isFetchNextPageError) {
    return (
      <QueryErrorState
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.data === undefined) return loading;
  if (isEmpty?.(query.data)) return empty;
  return children(query.data);
}
