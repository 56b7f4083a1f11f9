import { useUrlFilters } from '@/hooks/use-url-filters';
import type { AuditFilters } from '@/features/admin/utils/audit-filters';
import { AUDIT_FILTER_NAMES, parseAuditFilters } from '@/features/admin/utils/audit-filters';

/** The audit log's filters, read from and written to the URL. */
export function useAuditFilters() {
  const { params, update } = useUrlFilters();

  return {
    filters: parseAuditFilters(params),
    /**
     * Replaces every filter at once (the form is applied as a whole). Each search is a new history
     * entry: "back" returns to the previous one, as an investigation goes.
     */
    setFilters: (next: AuditFilters) => {
      update(Object.fromEntries(AUDIT_FILTER_NAMES.map((name) => [name, next[name]?.trim()])), {
        push: true,
      });
    },
  };
}
