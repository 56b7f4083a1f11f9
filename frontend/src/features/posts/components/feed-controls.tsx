import { useTranslation } from 'react-i18next';
import { FEED_PERIODS, FEED_SORTS, POST_KINDS } from '@/features/posts/utils/feed-filters';
import type { useFeedFilters } from '@/features/posts/hooks/use-feed-filters';

export type FeedControlsProps = ReturnType<typeof useFeedFilters>;

export function FeedControls({
  filters,
  setSort,
  setPeriod,
  setKind,
  clearTag,
}: FeedControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="feed-controls">
      <div className="feed-controls__row">
        <div className="segmented" role="group" aria-label={t('feed.sortLabel')}>
          {FEED_SORTS.map((sort) => (
            <button
              key={sort}
              type="button"
              className="segmented__option"
              aria-pressed={filters.sort === sort}
              data-testid={`feed-sort-${sort}`}
              onClick={() => {
                setSort(sort);
              }}
            >
              {t(`feed.sort.${sort}`)}
            </button>
          ))}
        </div>
        {filters.sort === 'top' ? (
          <div
            className="segmented segmented--small"
            role="group"
            aria-label={t('feed.periodLabel')}
          >
            {FEED_PERIODS.map((period) => (
              <button
                key={period}
                type="button"
                className="segmented__option"
                aria-pressed={filters.period === period}
                data-testid={`feed-period-${period}`}
                onClick={() => {
                  setPeriod(period);
                }}
              >
                {t(`feed.period.${period}`)}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <div className="chips" role="group" aria-label={t('feed.kindLabel')}>
        {POST_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="chip"
            aria-pressed={filters.kind === kind}
            data-testid={`feed-kind-${kind}`}
            onClick={() => {
              setKind(filters.kind === kind ? undefined : kind);
            }}
          >
            {t(`post.kindPlural.${kind}`)}
          </button>
        ))}
        {filters.tag ? (
          <span className="chip chip--removable" data-testid="feed-tag-filter">
            #{filters.tag}
            <button
              type="button"
              className="chip__remove"
              aria-label={t('feed.removeTag', { tag: filters.tag })}
              onClick={clearTag}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        ) : null}
      </div>
    </div>
  );
}
