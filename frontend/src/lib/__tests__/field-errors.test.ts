import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES, fieldErrorsOf } from '@/lib/field-errors';
import en from '@/locales/en.json';
import fr from '@/locales/fr.json';
import { ApiError } from '@/lib/api-client';

const validation = (errors: { field: string; code: string }[]) =>
  new ApiError({
    status: 422,
    code: 'VALIDATION_FAILED',
    errors: errors.map((error) => ({ ...error, message: '' })),
  });

describe('fieldErrorsOf', () => {
  it('keeps the first code per form field, whatever the list index notation', () => {
    expect(
      fieldErrorsOf(
        validation([
          { field: 'tags[2]', code: 'TOO_LONG' },
          { field: 'tags.5', code: 'TOO_MANY' },
          { field: 'title', code: 'REQUIRED' },
          { field: 'photoIds', code: 'UNKNOWN' },
        ]),
      ),
    ).toEqual({ tags: 'TOO_LONG', title: 'REQUIRED', photoIds: 'UNKNOWN' });
  });

  it('knows a blocked word, whatever words the message names', () => {
    const blocked = new ApiError({
      status: 422,
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field: 'body',
          code: 'BLOCKED_WORD',
          message: '"arnaque" cannot be published on Bravo. Please rephrase.',
        },
      ],
    });
    expect(fieldErrorsOf(blocked)).toEqual({ body: 'BLOCKED_WORD' });
  });

  it('treats unknown codes as INVALID', () => {
    expect(fieldErrorsOf(validation([{ field: 'body', code: 'NEW_RULE' }]))).toEqual({
      body: 'INVALID',
    });
  });

  it('ignores anything that is not a 422', () => {
    expect(fieldErrorsOf(new ApiError({ status: 409, code: 'CONFLICT' }))).toEqual({});
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});

describe('FIELD_ERROR_CODES', () => {
  // The backend checks that each of its field codes has a text in both files; this checks the form
  // knows each of those codes, instead of showing it as a mere INVALID.
  it('names every field code worded in French and English, and no other', () => {
    expect([...FIELD_ERROR_CODES].sort()).toEqual(Object.keys(fr.fieldErrors).sort());
    expect([...FIELD_ERROR_CODES].sort()).toEqual(Object.keys(en.fieldErrors).sort());
  });
});
