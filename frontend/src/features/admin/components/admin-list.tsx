import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { QueryState } from '@/components/ui/query-state';
import type { QueryStateSource } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useLoadMore } from '@/hooks/use-load-more';
import type { PagedQuery } from '@/hooks/use-load-more';

interface AdminListFrame {
  /** Lines of the skeleton shown until the first answer, shaped like the list to come. */
  skeletonLines: number;
  /** What to say, and its test id, when there is nothing to list. */
  empty: { message: string; testId: string };
}

interface AdminQueryStateProps<TData> extends AdminListFrame {
  query: QueryStateSource<TData>;
  isEmpty: (data: TData) => boolean;
  children: (data: TData) => ReactNode;
}

function AdminQueryState<TData>({
  query,
  skeletonLines,
  empty,
  isEmpty,
  children,
}: AdminQueryStateProps<TData>) {
  const { t } = useTranslation();
  return (
    <QueryState
      query={query}
      loading={<Skeleton label={t('common.loading')} lines={skeletonLines} />}
      errorTitle={t('admin.loadError')}
      isEmpty={isEmpty}
      empty={<EmptyState message={empty.message} testId={empty.testId} />}
    >
      {children}
    </QueryState>
  );
}

export interface AdminListProps<T> extends AdminListFrame {
  query: QueryStateSource<readonly T[]>;
  children: (items: readonly T[]) => ReactNode;
}

/** A back-office list read whole: loading, failed (with a retry), empty, or the list. */
export function AdminList<T>(props: AdminListProps<T>) {
  return <AdminQueryState {...props} isEmpty={(items) => items.length === 0} />;
}

export interface AdminPagedListProps<T> extends AdminListFrame {
  query: QueryStateSource<{ pages: readonly { items: readonly T[] }[] }> & PagedQuery;
  loadMoreTestId: string;
  children: (items: readonly T[]) => ReactNode;
}

/** A back-office list read a page at a time, the next page coming as the list's end shows. */
export function AdminPagedList<T>({
  query,
  skeletonLines,
  empty,
  loadMoreTestId,
  children,
}: AdminPagedListProps<T>) {
  const loadMore = useLoadMore(query);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <AdminQueryState
      query={query}
      skeletonLines={skeletonLines}
      empty={empty}
      isEmpty={() => items.length === 0}
    >
      {() => (
        <>
          {children(items)}
          <LoadMoreFooter {...loadMore} loadMoreTestId={loadMoreTestId} />
        </>
      )}
    </AdminQueryState>
  );
}
