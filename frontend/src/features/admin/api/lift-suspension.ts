import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserAdminView } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function liftSuspension(username: string) {
  return api.delete<UserAdminView>(
    `/api/v1/admin/users/${encodeURIComponent(username)}/suspension`,
  );
}

export function useLiftSuspension(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => liftSuspension(username),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
