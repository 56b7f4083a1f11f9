import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditPage } from '@/api-types/admin';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { adminKeys } from '@/features/admin/api/admin-keys';
import type { AuditFilters } from '@/features/admin/utils/audit-filters';
import { auditQueryString } from '@/features/admin/utils/audit-filters';

export function getAudit(
  filters: AuditFilters,
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
): Promise<AuditPage> {
  const query = auditQueryString(filters, cursor);
  return api.get<AuditPage>(`/api/v1/admin/audit${query ? `?${query}` : ''}`, { signal });
}

export function getAuditQueryOptions(filters: AuditFilters) {
  return cursorQueryOptions(
    adminKeys.audit(auditQueryString(filters, null)),
    (cursor, options) => getAudit(filters, cursor, options),
    { staleTime: 0 },
  );
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(getAuditQueryOptions(filters));
}
