import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { useAudit } from '@/features/admin/api/get-audit';
import { useExportAudit } from '@/features/admin/api/export-audit';
import { AdminPagedList } from '@/features/admin/components/admin-list';
import { AuditEntry } from '@/features/admin/components/audit-entry';
import { AuditFiltersForm } from '@/features/admin/components/audit-filters-form';
import { useAuditFilters } from '@/features/admin/hooks/use-audit-filters';
import { auditQueryString, hasAuditFilters } from '@/features/admin/utils/audit-filters';

/** Everything moderators, admins and Bravo itself did, newest first, filtered from the URL. */
export function AuditLog() {
  const { t } = useTranslation();
  const { filters, setFilters } = useAuditFilters();
  const audit = useAudit(filters);
  const exporter = useExportAudit();

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
      <AdminPagedList
        query={audit}
        skeletonLines={6}
        empty={{
          message: hasAuditFilters(filters) ? t('admin.audit.noMatch') : t('admin.audit.empty'),
          testId: 'audit-empty',
        }}
        loadMoreTestId="audit-load-more"
      >
        {(entries) => (
          <ol className="people-list" data-testid="audit-list">
            {entries.map((entry) => (
              <AuditEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </AdminPagedList>
    </div>
  );
}
