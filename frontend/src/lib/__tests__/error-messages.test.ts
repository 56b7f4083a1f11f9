import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES, fallbackCodeForStatus } from '@/lib/api-client';
import { errorMessageKey } from '@/lib/error-messages';
import i18n from '@/lib/i18n';

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

  it('gives a proxy outage the "temporarily unavailable" message', () => {
    const error = new ApiError({ status: 503, code: fallbackCodeForStatus(503) });

    expect(message(error)).toBe(
      'Bravo est momentanément indisponible. Réessayez dans quelques instants.',
    );
  });
});
