import { useTranslation } from 'react-i18next';
import type { ContentType } from '@/api-types/moderation';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';
import { useModerationItem } from '@/features/moderation/api/get-moderation-item';
import { AuthorHistory } from '@/features/moderation/components/author-history';
import { ContentPreview } from '@/features/moderation/components/content-preview';
import { ModerationActions } from '@/features/moderation/components/moderation-actions';
import { ModerationTrail } from '@/features/moderation/components/moderation-trail';
import { ReportList } from '@/features/moderation/components/report-list';

export interface ModerationItemProps {
  type: ContentType;
  id: string;
}

/** One piece of content as moderators see it: reports, author history, actions and trail. */
export function ModerationItem({ type, id }: ModerationItemProps) {
  const { t } = useTranslation();
  const query = useModerationItem(type, id);

  if (query.isPending) return <Skeleton label={t('common.loading')} lines={6} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <EmptyState message={t('modq.errors.CONTENT_NOT_FOUND')} testId="modq-not-found" />;
    }
    return (
      <QueryErrorState
        title={t('modq.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const item = query.data;
  return (
    <div className="stack stack--loose" data-testid="modq-item-page">
      <section className="panel stack">
        <ContentPreview item={item} headingLevel={2} />
      </section>
      <section className="panel stack stack--tight">
        <h2 className="panel__title">{t('modq.reports.title')}</h2>
        <ReportList item={item} />
      </section>
      <section className="panel stack stack--tight">
        <h2 className="panel__title">{t('modq.actions.label')}</h2>
        <ModerationActions item={item} />
      </section>
      <AuthorHistory item={item} />
      <ModerationTrail history={item.history} />
    </div>
  );
}
