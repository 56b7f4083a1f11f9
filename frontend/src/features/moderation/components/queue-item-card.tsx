import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationAction, ModerationItemView } from '@/api-types/moderation';
import { RelativeTime } from '@/components/ui/relative-time';
import { paths } from '@/config/paths';
import frAdmin from '@/locales/admin.fr.json';
import { ContentPreview } from '@/features/moderation/components/content-preview';
import { ModerationActions } from '@/features/moderation/components/moderation-actions';
import { ReportList } from '@/features/moderation/components/report-list';
import { itemKey } from '@/features/moderation/utils/queue-items';

type KnownOutcome = keyof typeof frAdmin.modq.outcomes;

function isKnownOutcome(outcome: string): outcome is KnownOutcome {
  return Object.hasOwn(frAdmin.modq.outcomes, outcome);
}

export interface QueueItemCardProps {
  item: ModerationItemView;
  onDone?: (action: ModerationAction, item: ModerationItemView) => void;
}

/** One piece of content in the queue, with every report it received. */
export function QueueItemCard({ item, onDone }: QueueItemCardProps) {
  const { t } = useTranslation();
  const itemHref = paths.moderationItem.getHref(item.type, item.id);
  const closed = item.closedCase;

  return (
    <article className="panel stack" data-testid="modq-item" data-item-id={itemKey(item)}>
      {/* Cards sit right under the page title: their titles are the second level. */}
      <ContentPreview item={item} titleHref={itemHref} headingLevel={2} />
      <ReportList item={item} />
      {closed ? (
        <p className="muted" data-testid="modq-closed" data-outcome={closed.outcome}>
          {t('modq.closed.summary', {
            outcome: isKnownOutcome(closed.outcome)
              ? t(`modq.outcomes.${closed.outcome}`)
              : closed.outcome,
            name: closed.closedBy?.displayName ?? t('modq.trail.system'),
          })}{' '}
          <RelativeTime iso={closed.closedAt} />
        </p>
      ) : null}
      <ModerationActions item={item} onDone={onDone} />
      <p>
        <Link to={itemHref} data-testid="modq-item-link">
          {t('modq.card.review')}
        </Link>
      </p>
    </article>
  );
}
