import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { InlineError } from '@/components/ui/inline-error';
import { useLoadMore } from '@/hooks/use-load-more';
import { useAudit } from '@/features/admin/api/get-audit';
import { useExportAudit } from '@/features/admin/api/export-audit';
import { AuditEntry } from '@/features/admin/components/audit-entry';
import { AuditFiltersForm } from '@/features/admin/components/audit-filters-form';
import { useAuditFilters } from '@/features/admin/hooks/use-audit-filters';
import { auditQueryString, hasAuditFilters } from '@/features/admin/utils/audit-filters';

/** Everything moderators, admins and Bravo itself did, newest first, filtered from the URL. */
export function AuditLog() {
  const { t } = useTranslation();
  const { filters, setFilters } = useAuditFilters();
  const audit = useAudit(filters);
  const loadMore = useLoadMore(audit);
  const exporter = useExportAudit();
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  function list() {
    if (audit.isPending) return <Skeleton label={t('common.loading')} lines={6} />;
    if (audit.isError && !audit.isFetchNextPageError) {
      return (
        <QueryErrorState
          title={t('admin.loadError')}
          error={audit.error}
          onRetry={() => void audit.refetch()}
        />
      );
    }
    if (entries.length === 0) {
      return (
        <EmptyState
          message={hasAuditFilters(filters) ? t('admin.audit.noMatch') : t('admin.audit.empty')}
          testId="audit-empty"
        />
      );
    }
    return (
      <>
        <ol className="people-list" data-testid="audit-list">
          {entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} />
          ))}
        </ol>
        <LoadMoreFooter {...loadMore} loadMoreTestId="audit-load-more" />
      </>
    );
  }

  return (
    <div className="stack">
      <AuditFiltersForm
        key={auditQueryString(filters, null)}
        filters={filters}
        onApply={setFilters}
      />
      <div className="composer__actions">
        <Button
          variant="secondary"
          disabled={exporter.isPending}
          data-testid="audit-export"
          onClick={() => {
            exporter.mutate(filters);
          }}
        >
          {hasAuditFilters(filters) ? t('admin.audit.exportFiltered') : t('admin.audit.export')}
        </Button>
      </div>
      <InlineError error={exporter.error} scope="admin" />
      {list()}
    </div>
  );
}
