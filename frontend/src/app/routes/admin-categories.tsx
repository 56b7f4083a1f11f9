import { useQueryClient } from '@tanstack/react-query';
import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { CategoriesScreen } from '@/features/admin/components/categories-screen';
import { postKeys } from '@/features/posts/api/post-keys';

export function AdminCategoriesRoute() {
  const queryClient = useQueryClient();
  return (
    <AdminSectionScreen section="categories">
      {/* The composer offers the categories in this order. */}
      <CategoriesScreen
        onChanged={() => void queryClient.invalidateQueries({ queryKey: postKeys.categories })}
      />
    </AdminSectionScreen>
  );
}
