import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import enAdmin from '@/locales/admin.en.json';
import frAdmin from '@/locales/admin.fr.json';
import en from '@/locales/en.json';
import fr from '@/locales/fr.json';

export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'bravo.language';

// The moderation and administration screens keep their strings in files of their own (top-level
// keys `modq` and `admin`), merged into the one namespace.
const frTranslation = { ...fr, ...frAdmin };
const enTranslation = { ...en, ...enAdmin };

export const resources = {
  fr: { translation: frTranslation },
  en: { translation: enTranslation },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // French is the reference locale: a key missing there is a compile error everywhere. (The
    // spread's type, rather than `typeof fr & typeof frAdmin`: the intersection made template-literal
    // keys too deep for the compiler to check.)
    resources: { translation: typeof frTranslation };
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
