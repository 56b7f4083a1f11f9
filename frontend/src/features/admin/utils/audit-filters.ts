import type { ContentType } from '@/api-types/moderation';

export const AUDIT_FILTER_NAMES = ['q', 'action', 'actor', 'contentType', 'from', 'to'] as const;
export type AuditFilterName = (typeof AUDIT_FILTER_NAMES)[number];

/** The audit log's filters, as in the URL and the API (`from`/`to` ISO dates, inclusive). */
export type AuditFilters = Partial<Record<AuditFilterName, string>>;

export const AUDIT_CONTENT_TYPES: readonly ContentType[] = ['post', 'comment', 'entry', 'video'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function clean(name: AuditFilterName, value: string | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  // A hand-edited URL must not turn into a 422 error page.
  if ((name === 'from' || name === 'to') && !ISO_DATE.test(trimmed)) return undefined;
  if (name === 'contentType' && !AUDIT_CONTENT_TYPES.some((type) => type === trimmed)) {
    return undefined;
  }
  return trimmed;
}

/** Filters live in the URL, so an investigation can be shared and come back to. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of AUDIT_FILTER_NAMES) {
    const value = clean(name, params.get(name));
    if (value !== undefined) filters[name] = value;
  }
  return filters;
}

/** The API query of these filters, in a stable order (it is also the cache key). */
export function auditQueryString(filters: AuditFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return AUDIT_FILTER_NAMES.some((name) => Boolean(filters[name]));
}
