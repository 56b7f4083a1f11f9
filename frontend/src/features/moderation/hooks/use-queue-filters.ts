import type { ContentType, QueueStatus } from '@/api-types/moderation';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { parseQueueFilters } from '@/features/moderation/utils/queue-filters';

/** The queue's tab and content type, read from and written to the URL. */
export function useQueueFilters() {
  const { params, update } = useUrlFilters();

  return {
    filters: parseQueueFilters(params),
    // "open" is the default tab, so it is left out of the URL.
    setStatus: (status: QueueStatus) => {
      update({ status: status === 'open' ? undefined : status });
    },
    setType: (type: ContentType | undefined) => {
      update({ type });
    },
  };
}
