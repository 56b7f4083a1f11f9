import { useSearchParams } from 'react-router';
import type { SearchFacetName, SearchSort } from '@/api-types/search';
import type { SearchFilters } from '@/features/search/utils/search-filters';
import { parseSearchFilters, searchHref } from '@/features/search/utils/search-filters';

export type SearchFilterName = SearchFacetName | 'from' | 'to';

const FILTER_NAMES: readonly SearchFilterName[] = [
  'type',
  'kind',
  'shop',
  'tag',
  'author',
  'from',
  'to',
];

/** The results page's query, filters and sort, read from and written to the URL. */
export function useSearchFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseSearchFilters(params);

  function update(changes: Partial<Record<SearchFilterName | 'sort', string | undefined>>) {
    // Replace, not push: going back should leave the results, not step through every chip tap.
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }

  return {
    filters,
    setFilter: (name: SearchFilterName, value: string | undefined) => {
      update({ [name]: value });
    },
    setSort: (sort: SearchSort) => {
      update({ sort: sort === 'relevance' ? undefined : sort });
    },
    clearFilters: () => {
      update(Object.fromEntries(FILTER_NAMES.map((name) => [name, undefined])));
    },
    /** Link to the same search with some changes (a corrected query, another tag). */
    hrefWith: (changes: Partial<SearchFilters>) => searchHref({ ...filters, ...changes }),
  };
}

export type SearchControls = ReturnType<typeof useSearchFilters>;
