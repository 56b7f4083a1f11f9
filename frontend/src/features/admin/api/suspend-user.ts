import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SuspendRequest, UserAdminView } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function suspendUser(username: string, request: SuspendRequest) {
  return api.put<UserAdminView>(
    `/api/v1/admin/users/${encodeURIComponent(username)}/suspension`,
    request,
  );
}

export function useSuspendUser(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SuspendRequest) => suspendUser(username, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
