import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { canAdminister, canModerate } from '@/components/layouts/back-office-roles';
import { paths } from '@/config/paths';

export interface AppLayoutProps {
  /** Slots filled by the app layer, so this shared layout does not depend on any feature. */
  userMenu: ReactNode;
  notifications?: ReactNode;
  /** The search field with its suggestions. */
  search?: ReactNode;
  /** Hidden where it would get in the way (the composer itself). */
  showShareButton?: boolean;
  /** The signed-in user's roles (GET /me): moderators and admins get a way to the back office. */
  roles?: readonly string[] | undefined;
  children: ReactNode;
}

const MAIN_CONTENT_ID = 'main-content';

export function AppLayout({
  userMenu,
  notifications,
  search,
  showShareButton = true,
  roles,
  children,
}: AppLayoutProps) {
  const { t } = useTranslation();

  const navigation = [
    { to: paths.home.getHref(), label: t('nav.home'), end: true },
    { to: paths.posts.getHref({ kind: 'practice' }), label: t('nav.practices'), end: true },
    { to: paths.videos.getHref(), label: t('nav.videos'), end: true },
    { to: paths.guestbooks.getHref(), label: t('nav.guestbooks'), end: false },
    { to: paths.shops.getHref(), label: t('nav.shops'), end: false },
    ...(canModerate(roles)
      ? [{ to: paths.moderationQueue.getHref(), label: t('admin.nav.moderation'), end: false }]
      : []),
    ...(canAdminister(roles)
      ? [{ to: paths.admin.getHref(), label: t('admin.nav.administration'), end: false }]
      : []),
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
          <div className="app-header__search">{search}</div>
          <div className="app-header__user">
            {notifications}
            {userMenu}
          </div>
        </div>
        <div className="app-nav">
          <nav className="app-nav__main" aria-label={t('nav.label')}>
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
          {showShareButton ? (
            // A floating action button on phones (thumb reach), a plain button on wider screens.
            <Link
              to={paths.newPost.getHref('practice')}
              className="button button--primary share-button"
              data-testid="share-practice"
            >
              <span aria-hidden="true" className="share-button__icon">
                +
              </span>
              <span>{t('nav.share')}</span>
            </Link>
          ) : null}
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
