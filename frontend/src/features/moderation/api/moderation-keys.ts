import type { ContentType, QueueStatus } from '@/api-types/moderation';

/** Query keys of the feature, in one place because actions refresh both the item and the queue. */
export const moderationKeys = {
  all: ['moderation'] as const,
  queues: ['moderation', 'queue'] as const,
  queue: (status: QueueStatus, type: ContentType | undefined) =>
    ['moderation', 'queue', status, type ?? 'all'] as const,
  item: (type: ContentType, id: string) => ['moderation', 'item', type, id] as const,
};
