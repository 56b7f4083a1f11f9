import { useTranslation } from 'react-i18next';
import type { ModerationState } from '@/api-types/moderation';

const BADGE_CLASS: Record<ModerationState, string> = {
  visible: 'badge badge--status-adopted',
  pending_review: 'badge badge--status-under_review',
  hidden: 'badge badge--hidden',
  deleted: 'badge badge--status-declined',
};

/** Whether everyone sees the content: visible, waiting for a moderator, hidden or deleted. */
export function StateBadge({ state }: { state: ModerationState }) {
  const { t } = useTranslation();
  return (
    <span className={BADGE_CLASS[state]} data-testid="modq-state" data-state={state}>
      {t(`modq.states.${state}`)}
    </span>
  );
}
