import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { auditChanges, describeValue } from '@/features/admin/utils/audit-changes';
import { auditQueryString, parseAuditFilters } from '@/features/admin/utils/audit-filters';
import { importLineErrors } from '@/features/admin/utils/import-errors';
import { suspensionEnd } from '@/features/admin/utils/suspension';

const NOW = new Date(2026, 10, 30, 15, 0);

describe('suspension end', () => {
  it('counts days from now, ends a chosen day at its last minute, and has no end indefinitely', () => {
    expect(suspensionEnd('1d', '', NOW)).toEqual({
      valid: true,
      until: new Date(2026, 11, 1, 15, 0).toISOString(),
    });
    expect(suspensionEnd('30d', '', NOW)).toEqual({
      valid: true,
      until: new Date(NOW.getTime() + 30 * 24 * 3600 * 1000).toISOString(),
    });
    expect(suspensionEnd('date', '2026-11-30', NOW)).toEqual({
      valid: true,
      until: new Date(2026, 11, 1).toISOString(),
    });
    expect(suspensionEnd('indefinite', '', NOW)).toEqual({ valid: true, until: null });
  });

  it('refuses a missing or past date', () => {
    expect(suspensionEnd('date', '', NOW)).toEqual({ valid: false });
    expect(suspensionEnd('date', '2026-11-29', NOW)).toEqual({ valid: false });
  });
});

describe('audit changes', () => {
  it('keeps only what an edit changed, and everything a creation set', () => {
    expect(auditChanges({ a: 1, b: 'x' }, { a: 2, b: 'x' })).toEqual([
      { field: 'a', before: 1, after: 2 },
    ]);
    expect(auditChanges(null, { phrase: 'arnaque', action: 'hold' })).toEqual([
      { field: 'phrase', before: undefined, after: 'arnaque' },
      { field: 'action', before: undefined, after: 'hold' },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('describes values as people read them', () => {
    const format = {
      yes: 'Oui',
      no: 'Non',
      none: '—',
      dateTime: (iso: string) => `le ${iso.slice(0, 10)}`,
    };
    expect(describeValue(true, format)).toBe('Oui');
    expect(describeValue(null, format)).toBe('—');
    expect(describeValue(['a', 'b'], format)).toBe('a, b');
    expect(describeValue('2026-12-01T00:00:00Z', format)).toBe('le 2026-12-01');
    expect(describeValue({ days: 3 }, format)).toBe('{"days":3}');
  });
});

describe('audit filters', () => {
  it('round-trips through the URL in a stable order, dropping what the API would refuse', () => {
    const filters = parseAuditFilters(
      new URLSearchParams('to=2026-11-30&q= promo &from=hier&contentType=video&page=2'),
    );
    expect(filters).toEqual({ q: 'promo', contentType: 'video', to: '2026-11-30' });
    expect(auditQueryString(filters, 'abc')).toBe(
      'q=promo&contentType=video&to=2026-11-30&cursor=abc',
    );
  });
});

describe('import line errors', () => {
  it('reads the line numbers of a 422, in file order', () => {
    const error = new ApiError({
      status: 422,
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'line 12', code: 'INVALID', message: 'b' },
        { field: 'line 2', code: 'INVALID', message: 'a' },
        { field: 'file', code: 'REQUIRED', message: 'empty' },
      ],
    });
    expect(importLineErrors(error).map((line) => line.line)).toEqual([null, 2, 12]);
    expect(importLineErrors(new ApiError({ status: 409, code: 'X' }))).toEqual([]);
  });
});
