import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import fr from '@/locales/fr.json';

export type ErrorCode = keyof typeof fr.errors.codes;
export type ErrorMessageKey = `errors.codes.${ErrorCode}` | 'errors.generic';

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(fr.errors.codes, code);
}

/** Translation key for an error: the problem's stable `code` when we know it, generic otherwise. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error instanceof ApiError && isKnownCode(error.code)) return `errors.codes.${error.code}`;
  return 'errors.generic';
}

export function useErrorMessage(error: unknown): string {
  const { t } = useTranslation();
  return t(errorMessageKey(error));
}
