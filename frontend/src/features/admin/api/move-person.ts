import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MovePersonRequest, ProfileView } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { shopsQueryKey } from '@/lib/shop-list';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function movePerson(username: string, request: MovePersonRequest) {
  return api.put<ProfileView>(`/api/v1/people/${encodeURIComponent(username)}/shop`, request);
}

export function useMovePerson(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MovePersonRequest) => movePerson(username, request),
    // The move also settles the person's pending request, and shops count their people.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.users }),
        queryClient.invalidateQueries({ queryKey: adminKeys.shopRequests }),
        queryClient.invalidateQueries({ queryKey: shopsQueryKey }),
      ]),
  });
}
