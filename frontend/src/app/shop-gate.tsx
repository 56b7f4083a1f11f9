import type { ReactNode } from 'react';
import { canModerate } from '@/lib/roles';
import { useMe } from '@/features/profile/api/get-me';
import { useSetMyShop } from '@/features/profile/api/set-my-shop';
import { ShopPicker } from '@/features/shops/components/shop-picker';

/**
 * Posts are attributed to a shop, so a user who has not said where they work does so before
 * anything else: a shop, or head office. Admins and moderators work for every shop and are never
 * asked (the server says so too). Only the page content is replaced: the header (language,
 * logout) stays usable.
 */
export function ShopGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const setShop = useSetMyShop();
  if (!me.data?.needsShop || canModerate(me.data.roles)) return children;
  return (
    <ShopPicker
      pending={setShop.isPending}
      error={setShop.error}
      onPick={(code) => {
        setShop.mutate({ shop: code });
      }}
      onPickHeadOffice={() => {
        setShop.mutate({ headOffice: true });
      }}
    />
  );
}
