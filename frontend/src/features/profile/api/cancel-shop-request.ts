import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { meQueryKey } from '@/features/profile/api/get-me';

export function cancelShopRequest() {
  return api.delete<undefined>('/api/v1/me/shop-request');
}

export function useCancelShopRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelShopRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
    onError: (error) => {
      // Already decided (or withdrawn from another tab): the fresh profile shows where things are.
      if (error instanceof ApiError && error.code === 'SHOP_REQUEST_NOT_FOUND') {
        void queryClient.invalidateQueries({ queryKey: meQueryKey });
      }
    },
  });
}
