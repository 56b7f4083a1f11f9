import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@/api-types/moderation';
import { RelativeTime } from '@/components/ui/relative-time';
import { auditActionKey } from '@/lib/audit-labels';

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
              <li key={entry.id} className="people-list__item" data-testid="modq-trail-entry">
                <div>
                  <strong>{key ? t(key) : entry.action}</strong>
                  <span className="people-list__meta">
                    {' · '}
                    {entry.actor ? entry.actor.displayName : t('modq.trail.system')}
                    {' · '}
                    <RelativeTime iso={entry.at} />
                  </span>
                  {entry.reason ? <p className="muted">{entry.reason}</p> : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
