import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { paths } from '@/config/paths';

export interface AppLayoutProps {
  /** Slot filled by the app layer, so this shared layout does not depend on any feature. */
  userMenu: ReactNode;
  children: ReactNode;
}

const MAIN_CONTENT_ID = 'main-content';

export function AppLayout({ userMenu, children }: AppLayoutProps) {
  const { t } = useTranslation();

  const navigation = [
    { to: paths.home.getHref(), label: t('nav.home'), end: true },
    { to: paths.practices.getHref(), label: t('nav.practices'), end: false },
    { to: paths.guestbooks.getHref(), label: t('nav.guestbooks'), end: false },
  ];

  return (
    <div className="app-layout">
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('header.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to={paths.home.getHref()} className="brand" aria-label={t('header.homeLink')}>
            Bravo
          </Link>
          <div className="app-header__search">
            <input
              type="search"
              className="search-input"
              placeholder={t('header.searchPlaceholder')}
              aria-label={t('header.searchLabel')}
              disabled
            />
          </div>
          <div className="app-header__user">{userMenu}</div>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul className="app-nav__list">
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="app-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
