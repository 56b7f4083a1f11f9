import type { SuspendRequest, UserAdminView } from '@/api-types/admin';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function suspendUser(username: string, request: SuspendRequest) {
  return api.put<UserAdminView>(
    `/api/v1/admin/users/${encodeURIComponent(username)}/suspension`,
    request,
  );
}

export function useSuspendUser(username: string) {
  return useRefreshingMutation(
    (request: SuspendRequest) => suspendUser(username, request),
    adminKeys.users,
  );
}
