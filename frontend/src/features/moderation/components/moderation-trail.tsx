import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@/api-types/moderation';
import { auditActionKey } from '@/lib/audit-labels';
import { ActivityItem } from '@/features/moderation/components/activity-item';

/** What moderators (and Bravo itself) did to this content, newest first. */
export function ModerationTrail({ history }: { history: readonly AuditEntryView[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel stack stack--tight" data-testid="modq-trail">
      <h2 className="panel__title">{t('modq.trail.title')}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('modq.trail.empty')}</p>
      ) : (
        <ol className="people-list">
          {history.map((entry) => {
            const key = auditActionKey(entry.action);
            return (
              <ActivityItem
                key={entry.id}
                what={key ? t(key) : entry.action}
                who={entry.actor ? entry.actor.displayName : t('modq.trail.system')}
                at={entry.at}
                note={entry.reason}
                testId="modq-trail-entry"
              />
            );
          })}
        </ol>
      )}
    </section>
  );
}
