import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { EmptyState } from '@/components/ui/empty-state';
import { PagedQueryState } from '@/components/ui/paged-query-state';
import { SkeletonList } from '@/components/ui/skeleton-list';
import { useQueue } from '@/features/moderation/api/get-queue';
import { QueueItemCard } from '@/features/moderation/components/queue-item-card';
import { useQueueFilters } from '@/features/moderation/hooks/use-queue-filters';
import {
  CONTENT_TYPES,
  parseContentType,
  QUEUE_STATUSES,
} from '@/features/moderation/utils/queue-filters';
import { itemKey, queueItems } from '@/features/moderation/utils/queue-items';

/** What waits for a moderator (open: oldest first) and what was decided (closed: latest first). */
export function ModerationQueue() {
  const { t } = useTranslation();
  const typeId = useId();
  const { filters, setStatus, setType } = useQueueFilters();
  const queue = useQueue(filters.status, filters.type);
  const [lastDone, setLastDone] = useState<string | null>(null);
  const items = queueItems(queue.data?.pages);

  return (
    <div className="stack">
      <div className="feed-controls">
        <div className="feed-controls__row">
          <ChoiceGroup
            label={t('modq.tabs.label')}
            options={QUEUE_STATUSES}
            selected={filters.status}
            optionLabel={(status) => t(`modq.tabs.${status}`)}
            testIdPrefix="modq-tab"
            onSelect={(status) => {
              setLastDone(null);
              setStatus(status);
            }}
          />
          <label className="field field--inline" htmlFor={typeId}>
            <span className="field__label">{t('modq.filter.type')}</span>
            <select
              id={typeId}
              className="input input--auto"
              value={filters.type ?? ''}
              data-testid="modq-type-filter"
              onChange={(event) => {
                setType(parseContentType(event.target.value));
              }}
            >
              <option value="">{t('modq.filter.all')}</option>
              {CONTENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`modq.types.${type}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {lastDone ? (
        <p className="notice" role="status" data-testid="modq-queue-done">
          {lastDone}
        </p>
      ) : null}
      <PagedQueryState
        loadMoreTestId="modq-load-more"
        query={queue}
        loading={
          <SkeletonList
            label={t('common.loading')}
            lines={3}
            className="stack"
            itemClassName="panel"
            testId="modq-loading"
          />
        }
        errorTitle={t('modq.loadError')}
        isEmpty={() => items.length === 0}
        empty={<EmptyState message={t(`modq.empty.${filters.status}`)} testId="modq-empty" />}
      >
        <div className="stack" data-testid="modq-list">
          {items.map((item) => (
            <QueueItemCard
              key={itemKey(item)}
              item={item}
              onDone={(action) => {
                setLastDone(t(`modq.actions.${action}.done`));
              }}
            />
          ))}
        </div>
      </PagedQueryState>
    </div>
  );
}
