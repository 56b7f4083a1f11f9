import i18n from '@/lib/i18n';
import type frAdmin from '@/locales/admin.fr.json';
import type fr from '@/locales/fr.json';

// Values that come from outside (Keycloak's roles, the API's error codes) may outgrow the
// translations: these say which ones have a text. Asked of i18next rather than of a translation file,
// which would put that file in the first screen's scripts whatever the language (lib/i18n.ts).

export type KnownRole = keyof typeof fr.roles;
export type ErrorCode = keyof typeof fr.errors.codes;

export function isKnownRole(role: string): role is KnownRole {
  return /^[\w-]+$/.test(role) && i18n.exists(`roles.${role}`);
}

export function isKnownErrorCode(code: string): code is ErrorCode {
  return /^[\w-]+$/.test(code) && i18n.exists(`errors.codes.${code}`);
}

/** Back-office screens with texts of their own for some codes, in their own strings file. */
export type ErrorScope = 'admin' | 'modq';
export type ScopedErrorCode<S extends ErrorScope> = S extends ErrorScope
  ? keyof (typeof frAdmin)[S]['errors'] & string
  : never;

export function isKnownScopedErrorCode<S extends ErrorScope>(
  scope: S,
  code: string,
): code is ScopedErrorCode<S> {
  return /^[\w-]+$/.test(code) && i18n.exists(`${scope}.errors.${code}`);
}
