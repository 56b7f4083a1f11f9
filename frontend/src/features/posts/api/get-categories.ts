import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Category } from '@/api-types/categories';
import { api } from '@/lib/api-client';
import { postKeys } from '@/features/posts/api/post-keys';

export function getCategories({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<Category[]>('/api/v1/categories', { signal });
}

export function getCategoriesQueryOptions() {
  return queryOptions({
    queryKey: postKeys.categories,
    queryFn: ({ signal }) => getCategories({ signal }),
    staleTime: 30 * 60_000,
    select: (categories) => [...categories].sort((a, b) => a.position - b.position),
  });
}

export function useCategories() {
  return useQuery(getCategoriesQueryOptions());
}
