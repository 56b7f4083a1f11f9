import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShopRef } from '@/api-types/shops';
import { Button } from '@/components/ui/button';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedQueryState } from '@/components/ui/paged-query-state';
import { SkeletonList } from '@/components/ui/skeleton-list';
import { useRevealedItems } from '@/hooks/use-revealed-items';
import { useSearch } from '@/features/search/api/get-search';
import { SearchFacets } from '@/features/search/components/search-facets';
import { SearchHitCard } from '@/features/search/components/search-hit';
import { useSearchFilters } from '@/features/search/hooks/use-search-filters';
import type { SearchControls } from '@/features/search/hooks/use-search-filters';
import { facetLabels, uniqueHits } from '@/features/search/utils/hit-labels';
import { hasCriteria, hasFilters, SEARCH_SORTS } from '@/features/search/utils/search-filters';

export interface SearchResultsProps {
  /** Every shop, when the page has them: names for shop codes no hit on screen spells out. */
  shops?: readonly ShopRef[] | undefined;
}

/** A phone's first screen holds three or four hits (they are shorter than the feed's cards). */
const FIRST_SCREEN_HITS = 6;
/** Two or three phone screens more each time the end of the hits nears the screen. */
const MORE_HITS = 10;

/**
 * The results page: what the URL asks for, with facets, sort and paging. Memoised: the page above it
 * draws again when its title or the shops' names change, which only matters here for the latter.
 */
export const SearchResults = memo(function SearchResults({ shops }: SearchResultsProps) {
  const { t } = useTranslation();
  const controls = useSearchFilters();
  const { filters } = controls;
  const enabled = hasCriteria(filters);
  const search = useSearch(filters, { enabled });
  const hits = useMemo(
    () => uniqueHits(search.data?.pages.flatMap((page) => page.items) ?? []),
    [search.data],
  );
  // The hits of the first screens only; more as the person scrolls, as in the feed.
  const { shown, reveal } = useRevealedItems(
    hits,
    JSON.stringify(filters),
    FIRST_SCREEN_HITS,
    MORE_HITS,
  );

  if (!enabled) {
    return <EmptyState message={t('search.prompt')} testId="search-prompt" />;
  }

  const firstPage = search.data?.pages[0];
  const labels = facetLabels(hits, shops);
  const failed = search.isError && !search.isFetchNextPageError;
  // Facets and count belong to the results shown: hidden while none are, or after a failure.
  const showSummary = firstPage !== undefined && !failed;

  return (
    <div className="search-layout">
      <div className="search-layout__toolbar">
        <p className="search-layout__total" aria-live="polite" data-testid="search-total">
          {showSummary ? t('search.total', { count: firstPage.total }) : null}
        </p>
        <ChoiceGroup
          className="segmented segmented--small"
          label={t('search.sortLabel')}
          options={SEARCH_SORTS}
          selected={filters.sort}
          optionLabel={(sort) => t(`search.sort.${sort}`)}
          testIdPrefix="search-sort"
          onSelect={controls.setSort}
        />
      </div>
      {showSummary ? (
        <aside className="search-layout__facets" aria-label={t('search.filtersLabel')}>
          <SearchFacets
            facets={firstPage.facets}
            filters={filters}
            labels={labels}
            onChange={controls.setFilter}
            onClear={controls.clearFilters}
          />
        </aside>
      ) : null}
      <section
        className={`search-layout__results${search.isPlaceholderData ? ' search-layout__results--stale' : ''}`}
        aria-label={t('search.resultsLabel')}
        aria-busy={search.isPlaceholderData}
      >
        <PagedQueryState
          footerTestId="search-sentinel"
          loadMoreTestId="search-load-more"
          query={search}
          reveal={reveal}
          loading={
            <SkeletonList
              label={t('search.loading')}
              lines={3}
              className="search-hits"
              itemClassName="search-hit search-hit--skeleton"
              testId="search-loading"
            />
          }
          errorTitle={t('search.errorTitle')}
          isEmpty={() => hits.length === 0}
          empty={<SearchEmpty controls={controls} didYouMean={firstPage?.didYouMean ?? null} />}
        >
          <ul className="search-hits" data-testid="search-hits">
            {shown.map((hit) => (
              <li key={`${hit.type}:${hit.id}`}>
                <SearchHitCard
                  hit={hit}
                  tagHref={(tag) => controls.hrefWith({ tag })}
                  shopNames={labels.shop}
                />
              </li>
            ))}
          </ul>
        </PagedQueryState>
      </section>
    </div>
  );
});

function SearchEmpty({
  controls,
  didYouMean,
}: {
  controls: SearchControls;
  didYouMean: string | null;
}) {
  const { t } = useTranslation();
  const { filters } = controls;
  return (
    <div className="empty-state search-empty" data-testid="search-empty">
      <p className="search-empty__title">
        {filters.q ? t('search.empty.query', { query: filters.q }) : t('search.empty.filters')}
      </p>
      {didYouMean ? (
        <p data-testid="search-did-you-mean">
          {t('search.empty.didYouMean')}{' '}
          <Link to={controls.hrefWith({ q: didYouMean })} className="search-empty__suggestion">
            {didYouMean}
          </Link>
        </p>
      ) : null}
      <p>{t('search.empty.help')}</p>
      {hasFilters(filters) ? (
        <Button variant="secondary" onClick={controls.clearFilters}>
          {t('search.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
