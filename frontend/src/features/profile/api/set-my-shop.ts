import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeView, SetMyShopRequest } from '@/api-types/people';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/features/profile/api/get-me';

/**
 * Says where the user works. A first choice applies at once; a later one usually becomes a
 * request an admin decides, which the answer shows in `shopRequest`.
 */
export function setMyShop(choice: SetMyShopRequest) {
  return api.put<MeView>('/api/v1/me/shop', choice);
}

export function useSetMyShop() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyShop,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
