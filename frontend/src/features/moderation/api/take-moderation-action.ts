import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ContentType,
  ModerationActionRequest,
  ModerationItemView,
} from '@/api-types/moderation';
import { api, ApiError } from '@/lib/api-client';
import { moderationItemPath } from '@/features/moderation/api/get-moderation-item';
import { moderationKeys } from '@/features/moderation/api/moderation-keys';

export function takeModerationAction(
  type: ContentType,
  id: string,
  request: ModerationActionRequest,
): Promise<ModerationItemView> {
  return api.post<ModerationItemView>(`${moderationItemPath(type, id)}/actions`, request);
}

export function useTakeModerationAction(type: ContentType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ModerationActionRequest) => takeModerationAction(type, id, request),
    onSuccess: (item) => {
      queryClient.setQueryData(moderationKeys.item(type, id), item);
      void queryClient.invalidateQueries({ queryKey: moderationKeys.queues });
    },
    onError: (error) => {
      // "Not applicable" means someone else acted first: show what the content is now.
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: moderationKeys.item(type, id) });
        void queryClient.invalidateQueries({ queryKey: moderationKeys.queues });
      }
    },
  });
}
