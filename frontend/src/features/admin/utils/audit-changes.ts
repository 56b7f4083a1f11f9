export interface AuditChange {
  field: string;
  /** undefined: the field did not exist on that side (a creation, or a deletion). */
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an audited action changed, field by field: only the fields that differ when both sides
 * exist (an edit), every field when only one does (a creation or a deletion).
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const bothSides = isRecord(before) && isRecord(after);
  return fields
    .map((field) => ({ field, before: left[field], after: right[field] }))
    .filter((change) => !bothSides || !same(change.before, change.after));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as a person reads it; booleans and dates are left to the caller, who knows the language. */
export function describeValue(
  value: unknown,
  format: { yes: string; no: string; none: string; dateTime: (iso: string) => string },
): string {
  if (value === null || value === undefined || value === '') return format.none;
  if (typeof value === 'boolean') return value ? format.yes : format.no;
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? format.dateTime(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0
      ? format.none
      : value.map((element) => describeValue(element, format)).join(', ');
  }
  return JSON.stringify(value);
}
