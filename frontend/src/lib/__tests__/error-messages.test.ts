import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES, fallbackCodeForStatus } from '@/lib/api-client';
import { errorMessage, errorMessageKey } from '@/lib/error-messages';
import i18n from '@/lib/i18n';
import enBackOffice from '@/locales/admin.en.json';
import frBackOffice from '@/locales/admin.fr.json';
import enStrings from '@/locales/en.json';
import frStrings from '@/locales/fr.json';

const message = (error: unknown, lng: 'fr' | 'en' = 'fr') =>
  i18n.t(errorMessageKey(error), { lng });

describe('error message mapping', () => {
  it('translates a known problem code', () => {
    const error = new ApiError({ status: 403, code: 'FORBIDDEN', detail: 'server wording' });

    expect(errorMessageKey(error)).toBe('errors.codes.FORBIDDEN');
    expect(message(error)).toBe(
      'Vous n’avez pas les droits nécessaires pour effectuer cette action.',
    );
    expect(message(error, 'en')).toBe('You don’t have permission to do this.');
  });

  it('never shows the server wording, even for an unknown code', () => {
    const error = new ApiError({ status: 409, code: 'SOMETHING_NEW', detail: 'raw detail' });

    expect(errorMessageKey(error)).toBe('errors.generic');
    expect(message(error)).toBe('Une erreur inattendue est survenue. Veuillez réessayer.');
    expect(message(error, 'en')).toBe('An unexpected error occurred. Please try again.');
  });

  it('falls back to the generic message for errors that are not API errors', () => {
    expect(errorMessageKey(new TypeError('x is undefined'))).toBe('errors.generic');
    expect(errorMessageKey('oops')).toBe('errors.generic');
    expect(errorMessageKey(undefined)).toBe('errors.generic');
  });

  it('does not mistake inherited object properties for codes', () => {
    expect(errorMessageKey(new ApiError({ status: 500, code: 'toString' }))).toBe('errors.generic');
  });

  it('has a dedicated message for every code the client itself produces', () => {
    const untranslated = Object.values(CLIENT_ERROR_CODES)
      .filter((code) => code !== CLIENT_ERROR_CODES.http)
      .filter((code) => errorMessageKey(new ApiError({ status: 0, code })) === 'errors.generic');

    expect(untranslated).toEqual([]);
  });

  it('has a message of its own for each moderation and administration conflict', () => {
    const codes = [
      'ACTION_NOT_APPLICABLE',
      'WATCH_WORD_EXISTS',
      'CANNOT_SUSPEND_YOURSELF',
      'NOT_SUSPENDED',
      'CONTENT_HIDDEN',
    ];
    const keys = codes.map((code) => errorMessageKey(new ApiError({ status: 409, code })));

    expect(keys).toEqual(codes.map((code) => `errors.codes.${code}`));
    expect(message(new ApiError({ status: 409, code: 'CONTENT_HIDDEN' }))).toBe(
      'Ce contenu a été masqué par un modérateur : il ne reçoit plus de commentaires ni de bravos.',
    );
  });

  it('gives a proxy outage the "temporarily unavailable" message', () => {
    const error = new ApiError({ status: 503, code: fallbackCodeForStatus(503) });

    expect(message(error)).toBe(
      'Bravo est momentanément indisponible. Réessayez dans quelques instants.',
    );
  });

  it('tells a suspended account until when it can only read', () => {
    const suspended = (suspendedUntil: unknown) =>
      new ApiError({
        status: 403,
        code: 'ACCOUNT_SUSPENDED',
        extensions: { suspendedUntil, reason: 'Propos injurieux' },
      });
    const fr = i18n.getFixedT('fr');
    const en = i18n.getFixedT('en');

    expect(errorMessage(suspended('2026-12-24T10:00:00Z'), fr, 'fr')).toBe(
      'Votre compte est suspendu jusqu’au 24 déc. 2026 : vous pouvez lire mais pas publier.',
    );
    expect(errorMessage(suspended('2026-12-24T10:00:00Z'), en, 'en')).toBe(
      'Your account is suspended until Dec 24, 2026: you can read but not post.',
    );
    expect(errorMessage(suspended(null), en, 'en')).toBe(
      'Your account is suspended indefinitely: you can read but not post.',
    );
    // Where only the code is known (or the date is unreadable), the message still says why.
    expect(errorMessage(suspended('soon'), en, 'en')).toBe(
      'Your account is suspended: you can read but not post.',
    );
    expect(i18n.t(errorMessageKey(suspended(null)), { lng: 'en' })).toBe(
      'Your account is suspended: you can read but not post.',
    );
  });

  it('gives other errors the message of their code', () => {
    const locked = new ApiError({ status: 409, code: 'COMMENTS_LOCKED' });
    expect(errorMessage(locked, i18n.getFixedT('en'), 'en')).toBe('Comments are closed here.');
  });
});

// Every code of the lookup, from either language's files: a code written in one language only
// (or a table added to one file) shows here as missing in the other.
const TABLES = [
  { scope: undefined, fr: frStrings.errors.codes, en: enStrings.errors.codes },
  { scope: 'admin', fr: frBackOffice.admin.errors, en: enBackOffice.admin.errors },
  { scope: 'modq', fr: frBackOffice.modq.errors, en: enBackOffice.modq.errors },
] as const;

describe('the error code lookup', () => {
  it('has a French and an English text for every code it knows', async () => {
    const missing: string[] = [];
    for (const { scope, fr, en } of TABLES) {
      const codes = new Set([...Object.keys(fr), ...Object.keys(en)]);
      for (const language of ['fr', 'en'] as const) {
        await i18n.changeLanguage(language);
        const generic = i18n.t('errors.generic');
        for (const code of codes) {
          const error = new ApiError({ status: 409, code });
          const key = scope ? errorMessageKey(error, scope) : errorMessageKey(error);
          const text = i18n.t(key);
          if (key === 'errors.generic' || text === key || text === generic || !text.trim()) {
            missing.push(`${language} ${scope ?? 'app'} ${code}`);
          }
        }
      }
    }

    expect(missing).toEqual([]);
  });

  it('prefers a back-office screen’s own wording, and falls back to the app’s', () => {
    const taken = new ApiError({ status: 404, code: 'CONTENT_NOT_FOUND' });
    const forbidden = new ApiError({ status: 403, code: 'FORBIDDEN' });

    expect(errorMessageKey(taken, 'modq')).toBe('modq.errors.CONTENT_NOT_FOUND');
    expect(errorMessageKey(taken)).toBe('errors.codes.CONTENT_NOT_FOUND');
    expect(errorMessageKey(taken, 'admin')).toBe('errors.codes.CONTENT_NOT_FOUND');
    expect(errorMessageKey(forbidden, 'admin')).toBe('errors.codes.FORBIDDEN');
    expect(errorMessageKey(new ApiError({ status: 409, code: 'SHOP_NOT_OPEN' }), 'admin')).toBe(
      'admin.errors.SHOP_NOT_OPEN',
    );
    expect(errorMessageKey(new ApiError({ status: 500, code: 'toString' }), 'admin')).toBe(
      'errors.generic',
    );
  });
});
