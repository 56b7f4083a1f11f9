import { useTranslation } from 'react-i18next';
import type { ModerationItemView } from '@/api-types/moderation';
import { formatDateTime } from '@/lib/format-date';

export interface AuthorHistoryProps {
  item: Pick<ModerationItemView, 'author' | 'authorHistory'>;
}

/** Is this a first slip or a habit? What the author published and how often moderators stepped in. */
export function AuthorHistory({ item }: AuthorHistoryProps) {
  const { t, i18n } = useTranslation();
  const history = item.authorHistory;

  function suspension() {
    if (!history.suspended) return t('modq.authorHistory.notSuspended');
    if (!history.suspendedUntil) return t('modq.authorHistory.suspendedIndefinitely');
    return t('modq.authorHistory.suspendedUntil', {
      date: formatDateTime(history.suspendedUntil, i18n.language),
    });
  }

  return (
    <section className="panel stack stack--tight" data-testid="modq-author-history">
      <h2 className="panel__title">
        {t('modq.authorHistory.title', { name: item.author.displayName })}
      </h2>
      <dl className="user-menu__details">
        <dt>{t('modq.authorHistory.posts')}</dt>
        <dd>{history.posts}</dd>
        <dt>{t('modq.authorHistory.comments')}</dt>
        <dd>{history.comments}</dd>
        <dt>{t('modq.authorHistory.entries')}</dt>
        <dd>{history.entries}</dd>
        <dt>{t('modq.authorHistory.moderationActions')}</dt>
        <dd>{history.moderationActions}</dd>
        <dt>{t('modq.authorHistory.warnings')}</dt>
        <dd>{history.warnings}</dd>
        <dt>{t('modq.authorHistory.suspension')}</dt>
        <dd data-testid="modq-author-suspension">{suspension()}</dd>
      </dl>
    </section>
  );
}
