import type { ContentType, QueueStatus } from '@/api-types/moderation';

export const CONTENT_TYPES: readonly ContentType[] = ['post', 'comment', 'entry', 'video'];
export const QUEUE_STATUSES: readonly QueueStatus[] = ['open', 'closed'];

export interface QueueFilters {
  status: QueueStatus;
  type: ContentType | undefined;
}

export function parseContentType(value: string | null | undefined): ContentType | undefined {
  return CONTENT_TYPES.find((type) => type === value);
}

/** The tab and the type filter live in the URL (a link to "closed comments" can be shared). */
export function parseQueueFilters(params: URLSearchParams): QueueFilters {
  return {
    status: QUEUE_STATUSES.find((status) => status === params.get('status')) ?? 'open',
    type: parseContentType(params.get('type')),
  };
}
