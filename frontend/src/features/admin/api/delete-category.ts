import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function deleteCategory(id: number) {
  return api.delete<undefined>(`/api/v1/categories/${id}`);
}

export function useDeleteCategory(id: number) {
  return useRefreshingMutation(() => deleteCategory(id), adminKeys.categories);
}
