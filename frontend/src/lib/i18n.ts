import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type frAdmin from '@/locales/admin.fr.json';
import type fr from '@/locales/fr.json';

export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'bravo.language';

// Only the language in use is loaded (loadLanguage): the other one would add 7–8 kB to the first
// screen for the few who switch. The moderation and administration screens keep their strings in
// files of their own (top-level keys `modq` and `admin`), added to the one namespace when a
// back-office page is first opened (loadBackOfficeTranslations): most people never open one.
const translations: Record<Language, () => Promise<{ default: typeof fr }>> = {
  fr: () => import('@/locales/fr.json'),
  en: () => import('@/locales/en.json'),
};
const loadedLanguages = new Map<Language, Promise<void>>();

/** Adds the strings of `language`, once; the app's first render and every switch await it. */
export function loadLanguage(language: Language): Promise<void> {
  let loading = loadedLanguages.get(language);
  if (!loading) {
    loading = translations[language]().then(
      (strings) => {
        // Deep and without overwriting: back-office strings added first (same namespace) stay.
        i18n.addResourceBundle(language, 'translation', strings.default, true, false);
      },
      (error: unknown) => {
        // A failed load (network gone) is tried again by the next switch or start.
        loadedLanguages.delete(language);
        throw error;
      },
    );
    loadedLanguages.set(language, loading);
  }
  return loading;
}

/** Both files' keys as one object type (a mapped type: an intersection is too deep for the compiler). */
type Merged<A, B> = {
  [K in keyof A | keyof B]: K extends keyof B ? B[K] : K extends keyof A ? A[K] : never;
};
type FrTranslation = Merged<typeof fr, typeof frAdmin>;

let backOffice: Promise<void> | undefined;

/** Adds the moderation and administration strings, once; the back-office pages await it before showing. */
export function loadBackOfficeTranslations(): Promise<void> {
  backOffice ??= Promise.all([
    import('@/locales/admin.fr.json'),
    import('@/locales/admin.en.json'),
  ]).then(
    ([frBackOffice, enBackOffice]) => {
      i18n.addResourceBundle('fr', 'translation', frBackOffice.default, true, false);
      i18n.addResourceBundle('en', 'translation', enBackOffice.default, true, false);
    },
    (error: unknown) => {
      // A failed load (network gone) is tried again by the next back-office page.
      backOffice = undefined;
      throw error;
    },
  );
  return backOffice;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // French is the reference locale: a key missing there is a compile error everywhere.
    resources: { translation: FrTranslation };
  }
}

export function isLanguage(value: unknown): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage;
  if (isLanguage(resolved)) return resolved;
  // Before its strings are loaded, i18next has not resolved the language it was started in.
  return isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
}

/**
 * The language to start in: the one the person chose in Bravo (remembered by setLanguage), else the
 * first of the browser's languages Bravo speaks, else French. Only an explicit choice is stored, so
 * the browser's current language keeps winning otherwise, even if the person changes it later.
 * (A dozen lines instead of a detection library: the first screen stays lighter.)
 */
export function detectLanguage(): Language {
  try {
    const chosen = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(chosen)) return chosen;
  } catch {
    // Storage can be unavailable (private mode): the browser's languages still count.
  }
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of browser) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLanguage(language)) return language;
  }
  return FALLBACK_LANGUAGE;
}

function syncDocumentLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
}

i18n.on('languageChanged', syncDocumentLanguage);

void i18n.use(initReactI18next).init({
  // Strings are added by loadLanguage; main.tsx renders once those of this language are in.
  resources: {},
  lng: detectLanguage(),
  supportedLngs: SUPPORTED_LANGUAGES,
  // Both files have the same keys (i18n-resources.test.ts): a language never falls back to the other,
  // which may not be loaded.
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Switches the UI language (its strings first) and remembers the choice for the next visits. */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, quota): switching still works for this visit.
  }
  await i18n.changeLanguage(language);
}

export default i18n;
