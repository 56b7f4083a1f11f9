import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { notificationsQueryKey } from '@/features/notifications/api/get-notifications';

export function markNotificationRead(id: number) {
  return api.put<undefined>(`/api/v1/notifications/${id}/read`);
}

/** The API marks one at a time; a page of them goes out in parallel. */
export function useMarkNotificationsRead() {
  return useRefreshingMutation(
    (ids: readonly number[]) => Promise.all(ids.map(markNotificationRead)),
    notificationsQueryKey,
    { evenOnError: true },
  );
}
