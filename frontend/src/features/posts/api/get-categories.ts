import { useQuery } from '@tanstack/react-query';
import type { Category } from '@/api-types/categories';
import { fetchQueryOptions, getJson } from '@/lib/query/fetch-query';
import { postKeys } from '@/features/posts/api/post-keys';

export const getCategories = getJson<Category[]>('/api/v1/categories');

export function getCategoriesQueryOptions() {
  return fetchQueryOptions(postKeys.categories, getCategories, {
    staleTime: 30 * 60_000,
    select: (categories) => [...categories].sort((a, b) => a.position - b.position),
  });
}

export function useCategories() {
  return useQuery(getCategoriesQueryOptions());
}
