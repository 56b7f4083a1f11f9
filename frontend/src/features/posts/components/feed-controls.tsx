import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { TagFilterChip } from '@/components/ui/tag-filter-chip';
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
        <ChoiceGroup
          label={t('feed.sortLabel')}
          options={FEED_SORTS}
          selected={filters.sort}
          optionLabel={(sort) => t(`feed.sort.${sort}`)}
          testIdPrefix="feed-sort"
          onSelect={setSort}
        />
        {filters.sort === 'top' ? (
          <ChoiceGroup
            className="segmented segmented--small"
            label={t('feed.periodLabel')}
            options={FEED_PERIODS}
            selected={filters.period}
            optionLabel={(period) => t(`feed.period.${period}`)}
            testIdPrefix="feed-period"
            onSelect={setPeriod}
          />
        ) : null}
      </div>
      <ChoiceGroup
        className="chips"
        optionClassName="chip"
        label={t('feed.kindLabel')}
        options={POST_KINDS}
        selected={filters.kind}
        optionLabel={(kind) => t(`post.kindPlural.${kind}`)}
        testIdPrefix="feed-kind"
        onSelect={(kind) => {
          setKind(filters.kind === kind ? undefined : kind);
        }}
      >
        {filters.tag ? (
          <TagFilterChip tag={filters.tag} testId="feed-tag-filter" onRemove={clearTag} />
        ) : null}
      </ChoiceGroup>
    </div>
  );
}
