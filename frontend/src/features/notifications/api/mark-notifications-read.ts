import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { notificationsQueryKey } from '@/features/notifications/api/get-notifications';

export function markNotificationRead(id: number) {
  return api.put<undefined>(`/api/v1/notifications/${id}/read`);
}

/** The API marks one at a time; a page of them goes out in parallel. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly number[]) => Promise.all(ids.map(markNotificationRead)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
