import { useSearchParams } from 'react-router';
import type { FeedPeriod, FeedSort, PostKind } from '@/api-types/posts';
import { parseFeedFilters } from '@/features/posts/utils/feed-filters';

export function useFeedFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseFeedFilters(params);

  function update(changes: Record<string, string | undefined>) {
    // Replace, not push: going back should leave the page, not step through every filter tap.
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }

  return {
    filters,
    setSort: (sort: FeedSort) => {
      update({ sort: sort === 'latest' ? undefined : sort, period: undefined });
    },
    setPeriod: (period: FeedPeriod) => {
      update({ period: period === 'week' ? undefined : period });
    },
    setKind: (kind: PostKind | undefined) => {
      update({ kind });
    },
    clearTag: () => {
      update({ tag: undefined });
    },
  };
}
