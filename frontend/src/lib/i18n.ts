import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type frAdmin from '@/locales/admin.fr.json';
import en from '@/locales/en.json';
import fr from '@/locales/fr.json';

export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'bravo.language';

// The moderation and administration screens keep their strings in files of their own (top-level
// keys `modq` and `admin`), added to the one namespace when a back-office page is first opened
// (loadBackOfficeTranslations): most people never open one, so the first screen does not carry them.
export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} as const;

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
  return isLanguage(resolved) ? resolved : FALLBACK_LANGUAGE;
}

function syncDocumentLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
}

i18n.on('languageChanged', syncDocumentLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: SUPPORTED_LANGUAGES,
    fallbackLng: FALLBACK_LANGUAGE,
    // Resources are bundled, so initialise synchronously: the first render is already translated.
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      // Only an explicit choice is remembered (see setLanguage); otherwise the browser's
      // current language keeps winning, even if the user changes it later.
      caches: [],
    },
  });

/** Switches the UI language and remembers the choice for the next visits. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, quota): switching still works for this visit.
  }
  await i18n.changeLanguage(language);
}

export default i18n;
