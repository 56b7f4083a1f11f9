import { useInfiniteQuery } from '@tanstack/react-query';
import type { ContentType, ModerationQueuePage, QueueStatus } from '@/api-types/moderation';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { moderationKeys } from '@/features/moderation/api/moderation-keys';

export interface QueueQuery {
  status: QueueStatus;
  type?: ContentType | undefined;
  cursor?: string | null | undefined;
}

export function getQueue(
  { status, type, cursor }: QueueQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ModerationQueuePage> {
  const params = new URLSearchParams({ status });
  if (type) params.set('type', type);
  if (cursor) params.set('cursor', cursor);
  return api.get<ModerationQueuePage>(`/api/v1/moderation/queue?${params.toString()}`, { signal });
}

export function getQueueQueryOptions(status: QueueStatus, type: ContentType | undefined) {
  return cursorQueryOptions(
    moderationKeys.queue(status, type),
    (cursor, options) => getQueue({ status, type, cursor }, options),
    {
      // What waits for review changes under the moderators' eyes: never trust an old copy.
      staleTime: 0,
    },
  );
}

export function useQueue(status: QueueStatus, type: ContentType | undefined) {
  return useInfiniteQuery(getQueueQueryOptions(status, type));
}
