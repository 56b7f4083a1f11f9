import { useUrlFilters } from '@/hooks/use-url-filters';
import type { FeedFilters } from '@/features/posts/utils/feed-filters';

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The films gallery's filters, in the URL like the feed's: the latest posts with a video. */
export function useGalleryFilters() {
  const { params, update } = useUrlFilters<'shop' | 'tag'>();
  const filters: FeedFilters = {
    sort: 'latest',
    period: 'week',
    video: true,
    shop: nonEmpty(params.get('shop')),
    tag: nonEmpty(params.get('tag')),
  };

  return {
    filters,
    setShop: (shop: string | undefined) => {
      update({ shop });
    },
    clearTag: () => {
      update({ tag: undefined });
    },
  };
}
