import { useSearchParams } from 'react-router';
import type { AuditFilters } from '@/features/admin/utils/audit-filters';
import { AUDIT_FILTER_NAMES, parseAuditFilters } from '@/features/admin/utils/audit-filters';

/** The audit log's filters, read from and written to the URL. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = parseAuditFilters(params);

  return {
    filters,
    /**
     * Replaces every filter at once (the form is applied as a whole). Each search is a new history
     * entry: "back" returns to the previous one, as an investigation goes.
     */
    setFilters: (next: AuditFilters) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        for (const name of AUDIT_FILTER_NAMES) {
          const value = next[name]?.trim();
          if (value) updated.set(name, value);
          else updated.delete(name);
        }
        return updated;
      });
    },
  };
}
