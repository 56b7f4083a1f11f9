import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeView } from '@/api-types/people';
import { api, ApiError } from '@/lib/api-client';
import { meQueryKey } from '@/features/profile/api/get-me';

export function setMyShop(shop: string) {
  return api.put<MeView>('/api/v1/me/shop', { shop });
}

export function useSetMyShop() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyShop,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
    },
    onError: (error) => {
      // Already set (e.g. from another tab): the fresh profile lets the user in.
      if (error instanceof ApiError && error.code === 'SHOP_ALREADY_SET') {
        void queryClient.invalidateQueries({ queryKey: meQueryKey });
      }
    },
  });
}
