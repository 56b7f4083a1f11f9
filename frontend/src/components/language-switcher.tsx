import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const active = currentLanguage();

  return (
    <div className="language-switcher" role="group" aria-label={t('userMenu.language')}>
      {SUPPORTED_LANGUAGES.map((language) => {
        // Language names are written in their own language so anyone can find theirs.
        const name = t(`language.${language}`);
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className="language-switcher__option"
            aria-label={name}
            aria-pressed={active === language}
            data-testid={`lang-${language}`}
            onClick={() => void setLanguage(language)}
          >
            {name}
          </button>
        );
      })}
    </div>
  );
}
