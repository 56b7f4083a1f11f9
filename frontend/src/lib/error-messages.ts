import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format-date';
import { isKnownErrorCode, isKnownScopedErrorCode } from '@/lib/translation-keys';
import type { ErrorCode, ErrorScope, ScopedErrorCode } from '@/lib/translation-keys';

// The one lookup from a problem's stable `code` to its translated message. The app's codes live
// in `errors.codes`; the moderation (`modq`) and administration (`admin`) screens word a few codes
// their own way, in their own strings file (loaded with those screens only), and ask for them by
// passing their scope: a scope's text wins over the app's.

export type { ErrorCode, ErrorScope };
export type ErrorMessageKey = `errors.codes.${ErrorCode}` | 'errors.generic';
export type ScopedErrorMessageKey<S extends ErrorScope> = S extends ErrorScope
  ? `${S}.errors.${ScopedErrorCode<S>}`
  : never;

/** Translation key for an error: the problem's stable `code` when we know it, generic otherwise. */
export function errorMessageKey(error: unknown): ErrorMessageKey;
/** The same, with the texts of one back-office scope looked up first. */
export function errorMessageKey<S extends ErrorScope>(
  error: unknown,
  scope: S,
): ScopedErrorMessageKey<S> | ErrorMessageKey;
export function errorMessageKey(
  error: unknown,
  scope?: ErrorScope,
): ScopedErrorMessageKey<ErrorScope> | ErrorMessageKey {
  if (!(error instanceof ApiError)) return 'errors.generic';
  if (scope && isKnownScopedErrorCode(scope, error.code)) {
    return `${scope}.errors.${error.code}` as ScopedErrorMessageKey<ErrorScope>;
  }
  if (isKnownErrorCode(error.code)) return `errors.codes.${error.code}`;
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
