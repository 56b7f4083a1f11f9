import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import {
  isAlreadyReported,
  isOwnContentError,
  toReportRequest,
  validateReport,
} from '@/features/reports/utils/report-form';

describe('report form rules', () => {
  it('needs a reason', () => {
    expect(validateReport({ reason: null, details: 'du texte' })).toEqual({ reason: 'REQUIRED' });
  });

  it('needs details only for "other", blanks not counting', () => {
    expect(validateReport({ reason: 'other', details: '   ' })).toEqual({ details: 'REQUIRED' });
    expect(validateReport({ reason: 'other', details: 'Photo floue' })).toEqual({});
    expect(validateReport({ reason: 'spam', details: '' })).toEqual({});
  });

  it('accepts 1000 characters of details, not 1001', () => {
    expect(validateReport({ reason: 'spam', details: 'a'.repeat(1000) })).toEqual({});
    expect(validateReport({ reason: 'spam', details: 'a'.repeat(1001) })).toEqual({
      details: 'TOO_LONG',
    });
  });

  it('sends trimmed details, or null when there are none', () => {
    const content = { type: 'video', id: 'b3a1c2d4' } as const;
    expect(
      toReportRequest(content, { reason: 'inappropriate', details: '  Geste déplacé ' }),
    ).toEqual({
      contentType: 'video',
      contentId: 'b3a1c2d4',
      reason: 'inappropriate',
      details: 'Geste déplacé',
    });
    expect(toReportRequest(content, { reason: 'spam', details: '  ' }).details).toBeNull();
  });

  it('recognises the problems it answers in its own words', () => {
    const own = new ApiError({
      status: 422,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'contentId', code: 'OWN_CONTENT', message: '' }],
    });
    const tooLong = new ApiError({
      status: 422,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'details', code: 'TOO_LONG', message: '' }],
    });
    expect(isOwnContentError(own)).toBe(true);
    expect(isOwnContentError(tooLong)).toBe(false);
    expect(isAlreadyReported(new ApiError({ status: 409, code: 'ALREADY_REPORTED' }))).toBe(true);
    expect(isAlreadyReported(new ApiError({ status: 409, code: 'COMMENTS_LOCKED' }))).toBe(false);
  });
});
