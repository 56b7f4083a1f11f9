import { useTranslation } from 'react-i18next';

/** What posts, comments, guestbook entries and videos say about their moderation. */
export interface ModerationState {
  hidden: boolean;
  pendingReview: boolean;
  hiddenReason: string | null;
}

export interface ModerationNoticeProps {
  state: ModerationState;
  testId?: string;
}

/**
 * Only the author and moderators ever receive hidden content, so whoever sees this notice is one
 * of them: it says why the others cannot see it. Nothing for visible content.
 */
export function ModerationNotice({ state, testId }: ModerationNoticeProps) {
  const { t } = useTranslation();
  if (!state.hidden && !state.pendingReview) return null;
  const pending = state.pendingReview;
  let title: string;
  if (pending) title = t('moderationState.pendingReview');
  else if (state.hiddenReason) title = t('moderationState.hidden', { reason: state.hiddenReason });
  else title = t('moderationState.hiddenNoReason');
  return (
    <div
      className={`moderation-notice moderation-notice--${pending ? 'pending' : 'hidden'}`}
      role="note"
      data-testid={testId}
      data-state={pending ? 'pending_review' : 'hidden'}
    >
      <p className="moderation-notice__title">{title}</p>
      {pending && state.hiddenReason ? (
        <p className="moderation-notice__hint">{state.hiddenReason}</p>
      ) : null}
      {pending ? null : (
        <p className="moderation-notice__hint">{t('moderationState.onlyAuthorAndModerators')}</p>
      )}
    </div>
  );
}
