import { useSearchParams } from 'react-router';
import type { FeedFilters } from '@/features/posts/utils/feed-filters';

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The films gallery's filters, in the URL like the feed's: the latest posts with a video. */
export function useGalleryFilters() {
  const [params, setParams] = useSearchParams();
  const filters: FeedFilters = {
    sort: 'latest',
    period: 'week',
    video: true,
    shop: nonEmpty(params.get('shop')),
    tag: nonEmpty(params.get('tag')),
  };

  function update(key: 'shop' | 'tag', value: string | undefined) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  return {
    filters,
    setShop: (shop: string | undefined) => {
      update('shop', shop);
    },
    clearTag: () => {
      update('tag', undefined);
    },
  };
}
