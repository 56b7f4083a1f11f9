import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { ShopsScreen } from '@/features/admin/components/shops-screen';
import { shopsQueryKey } from '@/features/shops/api/get-shops';

export function AdminShopsRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <AdminScreen title={t('admin.shops.title')} intro={t('admin.shops.intro')}>
      {/* The directory and the shop pickers read the shops too. */}
      <ShopsScreen
        onChanged={() => void queryClient.invalidateQueries({ queryKey: shopsQueryKey })}
      />
    </AdminScreen>
  );
}
