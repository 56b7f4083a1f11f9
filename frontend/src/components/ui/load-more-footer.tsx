import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { InlineError } from '@/components/ui/inline-error';

export interface LoadMoreFooterProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** Why the next page failed; the pages already shown stay in place above it. */
  nextPageError: Error | null;
  onLoadMore: () => void;
  /** Watches the footer scrolling into view, to load the next page without a click. */
  sentinelRef: Ref<HTMLDivElement>;
  testId?: string | undefined;
  loadMoreTestId?: string | undefined;
}

/** The end of a paged list: what went wrong with the next page, and how to get it. */
export function LoadMoreFooter({
  hasNextPage,
  isFetchingNextPage,
  nextPageError,
  onLoadMore,
  sentinelRef,
  testId,
  loadMoreTestId,
}: LoadMoreFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <InlineError error={nextPageError} />
      {hasNextPage ? (
        <div ref={sentinelRef} className="feed__more" data-testid={testId}>
          {isFetchingNextPage ? (
            <Spinner label={t('feed.loadingMore')} />
          ) : (
            <Button variant="secondary" onClick={onLoadMore} data-testid={loadMoreTestId}>
              {t('feed.loadMore')}
            </Button>
          )}
        </div>
      ) : null}
    </>
  );
}
