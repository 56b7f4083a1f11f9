import { useInfiniteQuery } from '@tanstack/react-query';
import type { ContentType, ModerationQueuePage, QueueStatus } from '@/api-types/moderation';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { withQuery } from '@/lib/url';
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
  return api.get<ModerationQueuePage>(
    withQuery('/api/v1/moderation/queue', { status, type, cursor }),
    { signal },
  );
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
