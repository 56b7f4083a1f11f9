import type { CategoryRequest } from '@/api-types/admin';
import type { Category } from '@/api-types/categories';
import { useRefreshingMutation } from '@/hooks/use-refreshing-mutation';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function createCategory(request: CategoryRequest) {
  return api.post<Category>('/api/v1/categories', request);
}

export function useCreateCategory() {
  return useRefreshingMutation(createCategory, adminKeys.categories);
}
