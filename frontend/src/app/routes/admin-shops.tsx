import { useQueryClient } from '@tanstack/react-query';
import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { ShopsScreen } from '@/features/admin/components/shops-screen';
import { shopsQueryKey } from '@/features/shops/api/get-shops';

export function AdminShopsRoute() {
  const queryClient = useQueryClient();
  return (
    <AdminSectionScreen section="shops">
      {/* The directory and the shop pickers read the shops too. */}
      <ShopsScreen
        onChanged={() => void queryClient.invalidateQueries({ queryKey: shopsQueryKey })}
      />
    </AdminSectionScreen>
  );
}
