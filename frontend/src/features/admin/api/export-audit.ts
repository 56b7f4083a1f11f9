import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditFilters } from '@/features/admin/utils/audit-filters';
import { auditQueryString } from '@/features/admin/utils/audit-filters';
import { datedFilename, downloadBlob } from '@/features/admin/utils/download';

export function exportAudit(filters: AuditFilters) {
  const query = auditQueryString(filters, null);
  return api.getBlob(`/api/v1/admin/audit/export${query ? `?${query}` : ''}`);
}

/** Every entry matching the filters on screen, as CSV, fetched with the bearer token. */
export function useExportAudit() {
  return useMutation({
    mutationFn: exportAudit,
    onSuccess: (blob) => {
      downloadBlob(blob, datedFilename('bravo-audit'));
    },
  });
}
