import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';
import { QueryState } from '@/components/ui/query-state';
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
      <QueryState
        query={audit}
        loading={<Skeleton label={t('common.loading')} lines={6} />}
        errorTitle={t('admin.loadError')}
        isEmpty={() => entries.length === 0}
        empty={
          <EmptyState
            message={hasAuditFilters(filters) ? t('admin.audit.noMatch') : t('admin.audit.empty')}
            testId="audit-empty"
          />
        }
      >
        {() => (
          <>
            <ol className="people-list" data-testid="audit-list">
              {entries.map((entry) => (
                <AuditEntry key={entry.id} entry={entry} />
              ))}
            </ol>
            <LoadMoreFooter {...loadMore} loadMoreTestId="audit-load-more" />
          </>
        )}
      </QueryState>
    </div>
  );
}
