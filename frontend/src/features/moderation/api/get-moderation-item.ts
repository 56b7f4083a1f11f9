import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContentType, ModerationItemView } from '@/api-types/moderation';
import { api } from '@/lib/api-client';
import { moderationKeys } from '@/features/moderation/api/moderation-keys';

export function moderationItemPath(type: ContentType, id: string): string {
  return `/api/v1/moderation/items/${type}/${encodeURIComponent(id)}`;
}

export function getModerationItem(
  type: ContentType,
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ModerationItemView> {
  return api.get<ModerationItemView>(moderationItemPath(type, id), { signal });
}

export function getModerationItemQueryOptions(type: ContentType, id: string) {
  return queryOptions({
    queryKey: moderationKeys.item(type, id),
    queryFn: ({ signal }) => getModerationItem(type, id, { signal }),
    staleTime: 0,
  });
}

export function useModerationItem(type: ContentType, id: string) {
  return useQuery(getModerationItemQueryOptions(type, id));
}
