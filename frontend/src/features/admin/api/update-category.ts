import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CategoryRequest } from '@/api-types/admin';
import type { Category } from '@/api-types/categories';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function updateCategory(id: number, request: CategoryRequest) {
  return api.put<Category>(`/api/v1/categories/${id}`, request);
}

export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...request }: CategoryRequest & { id: number }) =>
      updateCategory(id, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.categories }),
  });
}

/**
 * Moves a category one place by swapping positions with its neighbour: two updates, and the
 * list is reloaded whatever happens, so a half-done swap never stays on screen.
 */
export function useSwapCategories() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ([first, second]: readonly [Category, Category]) => {
      await updateCategory(first.id, { name: first.name, position: second.position });
      await updateCategory(second.id, { name: second.name, position: first.position });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.categories }),
  });
}
