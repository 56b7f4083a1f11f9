import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationView } from '@/api-types/notifications';
import { api } from '@/lib/api-client';

export const notificationsQueryKey = ['notifications'] as const;

/** Polled rather than pushed: a minute of delay is fine for these events. */
export const NOTIFICATIONS_POLL_MS = 60_000;

export function getNotifications({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<NotificationView[]>('/api/v1/notifications', { signal });
}

export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => getNotifications({ signal }),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    staleTime: 30_000,
  });
}

export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}
