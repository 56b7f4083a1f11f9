import type { CategoryRequest } from '@/api-types/admin';
import type { Category } from '@/api-types/categories';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function updateCategory(id: number, request: CategoryRequest) {
  return api.put<Category>(`/api/v1/categories/${id}`, request);
}

export function useUpdateCategory() {
  return useRefreshingMutation(
    ({ id, ...request }: CategoryRequest & { id: number }) => updateCategory(id, request),
    adminKeys.categories,
    { evenOnError: true },
  );
}

/**
 * Moves a category one place by swapping positions with its neighbour: two updates, and the
 * list is reloaded whatever happens, so a half-done swap never stays on screen.
 */
export function useSwapCategories() {
  return useRefreshingMutation(
    async ([first, second]: readonly [Category, Category]) => {
      await updateCategory(first.id, { name: first.name, position: second.position });
      await updateCategory(second.id, { name: second.name, position: first.position });
    },
    adminKeys.categories,
    { evenOnError: true },
  );
}
