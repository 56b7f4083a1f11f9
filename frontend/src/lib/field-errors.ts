import { ApiError } from '@/lib/api-client';

// The backend's registry (platform/error/FieldCode.java); a test keeps both in step with fr.json and en.json.
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_MANY',
  'INVALID',
  'UNKNOWN',
  // A watch word set to "block" (docs/api/moderation.md). The server's message names the words,
  // but in English and only in the message: the form says it in the reader's language instead.
  'BLOCKED_WORD',
  // Reporting one's own content, and text holding NUL or broken Unicode characters.
  'OWN_CONTENT',
  'INVALID_CHARACTERS',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** First error code per form field, from a 422 VALIDATION_FAILED problem. */
export type FieldErrors = Partial<Record<string, FieldErrorCode>>;

function toCode(code: string): FieldErrorCode {
  return FIELD_ERROR_CODES.find((known) => known === code) ?? 'INVALID';
}

/**
 * The contract does not say how a field inside a list is named (`tags[2]`, `tags.2`, or
 * `photoIds`): only the part before the first `[` or `.` is kept, which is the form field.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || error.status !== 422) return {};
  const result: FieldErrors = {};
  for (const { field, code } of error.errors) {
    const name = field.split(/[[.]/)[0] ?? field;
    result[name] ??= toCode(code);
  }
  return result;
}
