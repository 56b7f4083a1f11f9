import { ApiError } from '@/lib/api-client';
import { errorMessageKey } from '@/lib/error-messages';
import type { ErrorMessageKey } from '@/lib/error-messages';
import frAdmin from '@/locales/admin.fr.json';

type ModerationErrorCode = keyof typeof frAdmin.modq.errors;

function isModerationCode(code: string): code is ModerationErrorCode {
  return Object.hasOwn(frAdmin.modq.errors, code);
}

/** Translation key for a failed moderation call: this screen's own codes first, then the app's. */
export function moderationErrorKey(
  error: unknown,
): `modq.errors.${ModerationErrorCode}` | ErrorMessageKey {
  if (error instanceof ApiError && isModerationCode(error.code)) return `modq.errors.${error.code}`;
  return errorMessageKey(error);
}
