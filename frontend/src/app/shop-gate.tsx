import type { ReactNode } from 'react';
import { useMe } from '@/features/profile/api/get-me';
import { useSetMyShop } from '@/features/profile/api/set-my-shop';
import { ShopPicker } from '@/features/shops/components/shop-picker';

/**
 * Posts are attributed to a shop, so a user without one picks it before anything else. Only
 * the page content is replaced: the header (language, logout) stays usable.
 */
export function ShopGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const setShop = useSetMyShop();
  if (!me.data?.needsShop) return children;
  return (
    <ShopPicker
      pending={setShop.isPending}
      error={setShop.error}
      onPick={(code) => {
        setShop.mutate(code);
      }}
    />
  );
}
