import { useTranslation } from 'react-i18next';
import type { ModerationItemView } from '@/api-types/moderation';
import { ActivityItem } from '@/features/moderation/components/activity-item';
import { reasonCounts } from '@/features/moderation/utils/queue-items';

export interface ReportListProps {
  item: Pick<ModerationItemView, 'openCase' | 'reports'>;
}

/** Why the content is in the queue: every report of its case, and what the watch words caught. */
export function ReportList({ item }: ReportListProps) {
  const { t } = useTranslation();
  const { openCase, reports } = item;

  return (
    <div className="stack stack--tight" data-testid="modq-reports">
      {openCase ? (
        <>
          <p data-testid="modq-report-count" data-count={openCase.reportCount}>
            <strong>{t('modq.reports.count', { count: openCase.reportCount })}</strong>
          </p>
          {reasonCounts(openCase.reasons).length > 0 ? (
            <ul className="chips" aria-label={t('modq.reports.reasons')}>
              {reasonCounts(openCase.reasons).map(({ reason, count }) => (
                <li key={reason} className="chip" data-testid="modq-reason-count">
                  {t('modq.reports.reasonCount', { reason: t(`modq.reasons.${reason}`), count })}
                </li>
              ))}
            </ul>
          ) : null}
          {openCase.heldByWatchWord ? (
            <p className="notice" data-testid="modq-held">
              {t('modq.reports.held')}
            </p>
          ) : null}
          {openCase.flaggedWords.length > 0 ? (
            <p data-testid="modq-flagged-words">
              {t('modq.reports.flaggedWords', { words: openCase.flaggedWords.join(', ') })}
            </p>
          ) : null}
        </>
      ) : reports.length > 0 ? (
        <p className="muted">{t('modq.reports.lastCase')}</p>
      ) : null}
      {reports.length > 0 ? (
        <ul className="people-list" aria-label={t('modq.reports.title')}>
          {reports.map((report) => (
            <ActivityItem
              key={report.id}
              what={t(`modq.reasons.${report.reason}`)}
              who={report.reporter ? report.reporter.displayName : t('modq.reports.watchWord')}
              at={report.createdAt}
              note={report.details}
              testId="modq-report"
            />
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="modq-no-reports">
          {t('modq.reports.none')}
        </p>
      )}
    </div>
  );
}
