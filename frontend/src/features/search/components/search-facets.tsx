import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
import type { FacetValue, SearchFacetName, SearchPage } from '@/api-types/search';
import { foldForSearch } from '@/lib/search-text';
import type { SearchFilterName } from '@/features/search/hooks/use-search-filters';
import type { FacetLabels } from '@/features/search/utils/hit-labels';
import { knownEntryKind, knownKind, knownType } from '@/features/search/utils/known-values';
import type { SearchFilters } from '@/features/search/utils/search-filters';
import { activeFilterCount, FACET_NAMES } from '@/features/search/utils/search-filters';

export interface SearchFacetsProps {
  facets: SearchPage['facets'];
  filters: SearchFilters;
  labels: FacetLabels;
  onChange: (name: SearchFilterName, value: string | undefined) => void;
  onClear: () => void;
}

interface FacetChoice {
  value: string;
  /** Unknown for a chosen value the server did not list (e.g. a tag typed with other accents). */
  count: number | null;
}

/** Tags are matched without case or accents, the other filters exactly. */
function sameValue(facet: SearchFacetName, a: string, b: string): boolean {
  return facet === 'tag' ? foldForSearch(a) === foldForSearch(b) : a === b;
}

function choicesOf(facet: SearchFacetName, values: readonly FacetValue[], chosen?: string) {
  const choices: FacetChoice[] = values.map(({ value, count }) => ({ value, count }));
  // What is chosen stays visible, so it can always be taken back.
  if (chosen && !choices.some((choice) => sameValue(facet, choice.value, chosen))) {
    choices.unshift({ value: chosen, count: null });
  }
  return choices;
}

/**
 * Filters with their counts, each counted with the other filters applied, so choosing a value
 * keeps the alternatives listed. Chips on phones, a side column on wide screens (CSS only).
 */
export function SearchFacets({ facets, filters, labels, onChange, onClear }: SearchFacetsProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const othersId = useId();

  function label(facet: SearchFacetName, value: string): string {
    switch (facet) {
      case 'kind': {
        const kind = knownKind(value);
        if (kind) return t(`post.kindPlural.${kind}`);
        const entryKind = knownEntryKind(value);
        return entryKind ? t(`guestbook.kindPlural.${entryKind}`) : value;
      }
      case 'type': {
        const type = knownType(value);
        return type ? t(`search.type.${type}`) : value;
      }
      case 'tag':
        return `#${value}`;
      case 'shop':
        return labels.shop.get(value) ?? value;
      case 'author':
        return labels.author.get(value) ?? value;
    }
  }

  const groups = FACET_NAMES.map((facet) => ({
    facet,
    chosen: filters[facet],
    choices: choicesOf(facet, facets[facet] ?? [], filters[facet]),
  })).filter(
    // A single type (e.g. only posts match) would be a filter that filters nothing.
    ({ facet, chosen, choices }) =>
      choices.length > 0 && (facet !== 'type' || chosen !== undefined || choices.length > 1),
  );

  function renderGroup({ facet, chosen, choices }: (typeof groups)[number]) {
    return (
      <FacetGroup key={facet} title={t(`search.facet.${facet}`)} testId={`search-facet-${facet}`}>
        {choices.map((choice) => {
          const pressed = chosen !== undefined && sameValue(facet, choice.value, chosen);
          const text = label(facet, choice.value);
          return (
            <li key={choice.value}>
              <button
                type="button"
                className="chip search-facets__chip"
                aria-pressed={pressed}
                data-testid={`search-facet-${facet}-${choice.value}`}
                onClick={() => {
                  onChange(facet, pressed ? undefined : choice.value);
                }}
              >
                {/* The name read out starts with what is shown ("Practices 2"), then says what the
                    number counts: voice control users say what they see. */}
                <span className="search-facets__label">{text}</span>
                {choice.count === null ? null : (
                  <>
                    {' '}
                    <span className="search-facets__count">
                      {choice.count}
                      <span className="visually-hidden">
                        {' '}
                        {t('search.facetResults', { count: choice.count })}
                      </span>
                    </span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </FacetGroup>
    );
  }

  const [first, ...others] = groups;
  const active = activeFilterCount(filters);
  return (
    <div className="search-facets" data-testid="search-facets">
      {first ? renderGroup(first) : null}
      <div className="search-facets__actions">
        {/* Phones only (CSS): the first facet stays in view, the others unfold on demand. */}
        <button
          type="button"
          className="chip search-facets__more"
          aria-expanded={expanded}
          aria-controls={othersId}
          data-testid="search-more-filters"
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {t('search.moreFilters')}
          {active > 0 ? (
            <>
              <span className="search-facets__count" aria-hidden="true">
                {active}
              </span>
              <span className="visually-hidden">
                {t('search.activeFilters', { count: active })}
              </span>
            </>
          ) : null}
        </button>
        {active > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={onClear}
            data-testid="search-clear-filters"
          >
            {t('search.clearFilters')}
          </button>
        ) : null}
      </div>
      <div
        id={othersId}
        className={`search-facets__others${expanded ? ' search-facets__others--open' : ''}`}
      >
        {others.map(renderGroup)}
        <DateRange filters={filters} onChange={onChange} />
      </div>
    </div>
  );
}

function FacetGroup({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="search-facets__group" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className="search-facets__title">
        {title}
      </h2>
      <ul className="chips search-facets__chips">{children}</ul>
    </section>
  );
}

/** Folded away until used: on a phone the results matter more than two date fields. */
function DateRange({ filters, onChange }: Pick<SearchFacetsProps, 'filters' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <details
      className="search-facets__group search-facets__dates"
      open={filters.from !== undefined || filters.to !== undefined}
      data-testid="search-facet-date"
    >
      <summary className="search-facets__title">{t('search.facet.date')}</summary>
      <div className="search-facets__date-fields">
        <DateField
          label={t('search.dateFrom')}
          value={filters.from}
          max={filters.to}
          testId="search-from"
          onChange={(value) => {
            onChange('from', value);
          }}
        />
        <DateField
          label={t('search.dateTo')}
          value={filters.to}
          min={filters.from}
          testId="search-to"
          onChange={(value) => {
            onChange('to', value);
          }}
        />
      </div>
    </details>
  );
}

interface DateFieldProps {
  label: string;
  value: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  testId: string;
  onChange: (value: string | undefined) => void;
}

/** One end of the date range; the other end bounds it, so that the range never turns over. */
function DateField({ label, value, min, max, testId, onChange }: DateFieldProps) {
  return (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="input"
          value={value ?? ''}
          min={min}
          max={max}
          data-testid={testId}
          onChange={(event) => {
            onChange(event.target.value || undefined);
          }}
        />
      )}
    </Field>
  );
}
