import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n, { loadBackOfficeTranslations, loadLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';

// findBy… and waitFor poll for their condition; the bound is only how long to keep polling before failing. Testing
// Library's 1 s bound was exceeded by a page still loading on a busy machine (a whole suite running beside a stack
// of servers), so the bound is generous: a passing test still returns as soon as its condition holds.
configure({ asyncUtilTimeout: 5000 });

// Keycloak needs a live server and full-page redirects; everything around it is tested against
// this stand-in, whose calls the tests can assert on.
vi.mock('@/lib/auth', () => import('@/testing/mock-auth'));

// jsdom has no blob URLs; photos are shown from one (see AuthenticatedImage).
if (typeof URL.createObjectURL !== 'function') {
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => undefined;
}

// jsdom lays nothing out, so it cannot scroll; links to a comment or a film ask for it.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => undefined;
}

// Components are tested one by one, outside the back-office route that loads these strings in the app,
// and in either language.
await Promise.all([...SUPPORTED_LANGUAGES.map(loadLanguage), loadBackOfficeTranslations()]);

beforeEach(async () => {
  localStorage.clear();
  // jsdom reports en-US; tests start from the product's default language and opt into others.
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  cleanup();
});
