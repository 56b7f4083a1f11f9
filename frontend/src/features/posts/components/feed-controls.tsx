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
        <Segmented
          label={t('feed.sortLabel')}
          options={FEED_SORTS}
          value={filters.sort}
          testIdPrefix="feed-sort"
          optionLabel={(sort) => t(`feed.sort.${sort}`)}
          onChange={setSort}
        />
        {filters.sort === 'top' ? (
          <Segmented
            small
            label={t('feed.periodLabel')}
            options={FEED_PERIODS}
            value={filters.period}
            testIdPrefix="feed-period"
            optionLabel={(period) => t(`feed.period.${period}`)}
            onChange={setPeriod}
          />
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

interface SegmentedProps<Option extends string> {
  label: string;
  options: readonly Option[];
  value: Option;
  testIdPrefix: string;
  optionLabel: (option: Option) => string;
  onChange: (option: Option) => void;
  small?: boolean;
}

function Segmented<Option extends string>({
  label,
  options,
  value,
  testIdPrefix,
  optionLabel,
  onChange,
  small = false,
}: SegmentedProps<Option>) {
  return (
    <div
      className={small ? 'segmented segmented--small' : 'segmented'}
      role="group"
      aria-label={label}
    >
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={value === option}
          data-testid={`${testIdPrefix}-${option}`}
          onClick={() => {
            onChange(option);
          }}
        >
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
