import { useSearchParams } from 'react-router';
import type { ContentType, QueueStatus } from '@/api-types/moderation';
import { parseQueueFilters } from '@/features/moderation/utils/queue-filters';

/** The queue's tab and content type, read from and written to the URL. */
export function useQueueFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseQueueFilters(params);

  function update(name: 'status' | 'type', value: string | undefined) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  return {
    filters,
    // "open" is the default tab, so it is left out of the URL.
    setStatus: (status: QueueStatus) => {
      update('status', status === 'open' ? undefined : status);
    },
    setType: (type: ContentType | undefined) => {
      update('type', type);
    },
  };
}
