import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { CategoriesScreen } from '@/features/admin/components/categories-screen';
import { postKeys } from '@/features/posts/api/post-keys';

export function AdminCategoriesRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <AdminScreen title={t('admin.categories.title')} intro={t('admin.categories.intro')}>
      {/* The composer offers the categories in this order. */}
      <CategoriesScreen
        onChanged={() => void queryClient.invalidateQueries({ queryKey: postKeys.categories })}
      />
    </AdminScreen>
  );
}
