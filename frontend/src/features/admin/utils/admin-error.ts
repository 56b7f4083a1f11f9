import { ApiError } from '@/lib/api-client';
import { errorMessageKey } from '@/lib/error-messages';
import type { ErrorMessageKey } from '@/lib/error-messages';
import frAdmin from '@/locales/admin.fr.json';

type AdminErrorCode = keyof typeof frAdmin.admin.errors;

function isAdminCode(code: string): code is AdminErrorCode {
  return Object.hasOwn(frAdmin.admin.errors, code);
}

/** Translation key for a failed administration call: these screens' own codes first. */
export function adminErrorKey(error: unknown): `admin.errors.${AdminErrorCode}` | ErrorMessageKey {
  if (error instanceof ApiError && isAdminCode(error.code)) return `admin.errors.${error.code}`;
  return errorMessageKey(error);
}
