import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Category } from '@/api-types/categories';
import { api } from '@/lib/api-client';
import { adminKeys } from '@/features/admin/api/admin-keys';

export function getAdminCategories({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<Category[]>('/api/v1/categories', { signal });
}

export function getAdminCategoriesQueryOptions() {
  return queryOptions({
    queryKey: adminKeys.categories,
    queryFn: ({ signal }) => getAdminCategories({ signal }),
    select: (categories) => [...categories].sort((a, b) => a.position - b.position),
  });
}

export function useAdminCategories() {
  return useQuery(getAdminCategoriesQueryOptions());
}
