import type { UserAdminView } from '@/api-types/admin';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function liftSuspension(username: string) {
  return api.delete<UserAdminView>(
    `/api/v1/admin/users/${encodeURIComponent(username)}/suspension`,
  );
}

export function useLiftSuspension(username: string) {
  return useRefreshingMutation(() => liftSuspension(username), adminKeys.users);
}
