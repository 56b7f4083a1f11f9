import { useQuery } from '@tanstack/react-query';
import type { Category } from '@/api-types/categories';
import { fetchQueryOptions, getJson } from '@/lib/query/fetch-query';
import { adminKeys } from '@/features/admin/api/admin-keys';

export const getAdminCategories = getJson<Category[]>('/api/v1/categories');

export function getAdminCategoriesQueryOptions() {
  return fetchQueryOptions(adminKeys.categories, getAdminCategories, {
    select: (categories) => [...categories].sort((a, b) => a.position - b.position),
  });
}

export function useAdminCategories() {
  return useQuery(getAdminCategoriesQueryOptions());
}
