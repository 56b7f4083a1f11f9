import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from '@/lib/i18n';

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

describe('the language Bravo starts in', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('is the one the person chose, whatever the browser says', () => {
    browserLanguages(['fr-FR']);
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(detectLanguage()).toBe('en');
  });

  it('is otherwise the first browser language Bravo speaks, region ignored', () => {
    browserLanguages(['de-DE', 'en-GB', 'fr']);
    expect(detectLanguage()).toBe('en');
  });

  it('ignores a stored value that is not a language Bravo speaks', () => {
    browserLanguages(['fr-CA']);
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(detectLanguage()).toBe('fr');
  });

  it('falls back to French', () => {
    browserLanguages(['de-DE', 'it']);
    expect(detectLanguage()).toBe('fr');
  });
});
