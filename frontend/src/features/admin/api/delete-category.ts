import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function deleteCategory(id: number) {
  return api.delete<undefined>(`/api/v1/categories/${id}`);
}

export function useDeleteCategory(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCategory(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.categories }),
  });
}
