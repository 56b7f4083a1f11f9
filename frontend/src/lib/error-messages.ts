import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format-date';
import { isKnownErrorCode } from '@/lib/translation-keys';
import type { ErrorCode } from '@/lib/translation-keys';

export type { ErrorCode };
export type ErrorMessageKey = `errors.codes.${ErrorCode}` | 'errors.generic';

/** Translation key for an error: the problem's stable `code` when we know it, generic otherwise. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error instanceof ApiError && isKnownErrorCode(error.code))
    return `errors.codes.${error.code}`;
  return 'errors.generic';
}

/**
 * The message for an error, with what some problems carry besides their code: a suspended
 * account's end date (`suspendedUntil`, null for an indefinite suspension). Everything else is
 * `t(errorMessageKey(error))`, which stays right (only less precise) where it is still used.
 */
export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (error instanceof ApiError && error.code === 'ACCOUNT_SUSPENDED') {
    const until = error.extensions.suspendedUntil;
    if (until === null) return t('errors.suspendedIndefinitely');
    if (typeof until === 'string' && !Number.isNaN(Date.parse(until))) {
      return t('errors.suspendedUntil', { date: formatDate(until, language) });
    }
  }
  return t(errorMessageKey(error));
}

export function useErrorMessage(error: unknown): string {
  const { t, i18n } = useTranslation();
  return errorMessage(error, t, i18n.language);
}

/** `errorMessage` bound to the current language, for components that show several errors. */
export function useDescribeError(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => errorMessage(error, t, i18n.language);
}
