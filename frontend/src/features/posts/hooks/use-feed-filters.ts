import type { FeedPeriod, FeedSort, PostKind } from '@/api-types/posts';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { parseFeedFilters } from '@/features/posts/utils/feed-filters';

export function useFeedFilters() {
  const { params, update } = useUrlFilters();
  const filters = parseFeedFilters(params);

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
