import type { SearchFilters } from '@/features/search/utils/search-filters';

/** Query keys of the feature, in one place. */
export const searchKeys = {
  all: ['search'] as const,
  results: (filters: SearchFilters) => ['search', 'results', filters] as const,
  suggestions: (query: string) => ['search', 'suggestions', query] as const,
};
