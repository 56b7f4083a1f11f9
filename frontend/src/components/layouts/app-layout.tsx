import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useMatch } from 'react-router';
import { canAdminister, canModerate } from '@/lib/roles';
import { Icon } from '@/components/ui/icon';
import type { IconName } from '@/components/ui/icon';
import { paths } from '@/config/paths';

/** The one "create" action of the page: where it leads and what it says ("Share a practice", "New idea"…). */
export interface CreateAction {
  href: string;
  label: string;
  /** What fits a bottom tab ("Share", "Idea"…); the full label describes it to screen readers too. */
  shortLabel: string;
}

export interface AppLayoutProps {
  /** Slots filled by the app layer, so this shared layout does not depend on any feature. */
  userMenu: ReactNode;
  notifications?: ReactNode;
  /** The search field with its suggestions. */
  search?: ReactNode;
  /** Things waiting to be sent, a new version ready…: small indicators shown in the top bar. */
  indicators?: ReactNode;
  /** Absent where it would get in the way (the composer itself). */
  create?: CreateAction | undefined;
  /** The signed-in user's roles (GET /me): moderators and admins get a way to the back office. */
  roles?: readonly string[] | undefined;
  children: ReactNode;
}

const MAIN_CONTENT_ID = 'main-content';

interface NavItem {
  to: string;
  label: string;
  /** Matched on the path only (NavLink's rule) unless the item names a `kind` to match too. */
  end: boolean;
  kind?: string;
}

/**
 * Phones: a one-line top bar (brand, indicators, notifications) and a bottom navigation within thumb
 * reach — home, search, create, guestbooks, me — so the feed starts on the first screen. Wider
 * screens: a top bar with search and the create button, and every section in a row that wraps
 * rather than hides anything.
 */
export function AppLayout({
  userMenu,
  notifications,
  search,
  indicators,
  create,
  roles,
  children,
}: AppLayoutProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const onSearchPage = useMatch(paths.search.path) !== null;
  const currentKind = new URLSearchParams(location.search).get('kind');

  const sections: NavItem[] = [
    { to: paths.home.getHref(), label: t('nav.home'), end: true },
    {
      to: paths.posts.getHref({ kind: 'practice' }),
      label: t('nav.practices'),
      end: true,
      kind: 'practice',
    },
    { to: paths.videos.getHref(), label: t('nav.videos'), end: true },
    { to: paths.guestbooks.getHref(), label: t('nav.guestbooks'), end: false },
    { to: paths.shops.getHref(), label: t('nav.shops'), end: false },
    ...(canModerate(roles)
      ? [{ to: paths.moderationQueue.getHref(), label: t('nav.moderation'), end: false }]
      : []),
    ...(canAdminister(roles)
      ? [{ to: paths.admin.getHref(), label: t('nav.administration'), end: false }]
      : []),
  ];

  // NavLink compares paths only: /posts?kind=idea must not light up "Practices".
  const linkClass =
    (base: string, kind?: string) =>
    ({ isActive }: { isActive: boolean }) =>
      isActive && (kind === undefined || kind === currentKind) ? `${base} active` : base;

  return (
    <div className={create ? 'app-layout app-layout--with-tabs' : 'app-layout'}>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('header.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to={paths.home.getHref()} className="brand" aria-label={t('header.homeLink')}>
            Bravo
          </Link>
          <div
            className={
              onSearchPage ? 'app-header__search app-header__search--page' : 'app-header__search'
            }
          >
            {search}
          </div>
          <div className="app-header__user">
            {indicators}
            {create ? (
              <Link
                to={create.href}
                className="button button--primary app-header__create"
                data-testid="create-action"
              >
                <Icon name="plus" />
                <span>{create.label}</span>
              </Link>
            ) : null}
            {notifications}
            <div className="app-header__user-menu">{userMenu}</div>
          </div>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul className="app-nav__list">
            {sections.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={linkClass('app-nav__link', item.kind)}
                >
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
      {create ? (
        <nav className="tab-bar" aria-label={t('nav.tabsLabel')} data-testid="tab-bar">
          <ul className="tab-bar__list">
            <Tab
              to={paths.home.getHref()}
              end
              icon="home"
              label={t('nav.home')}
              testId="tab-home"
            />
            <Tab
              to={paths.search.getHref()}
              icon="search"
              label={t('nav.search')}
              testId="tab-search"
            />
            <li>
              <Link
                to={create.href}
                className="tab-bar__link tab-bar__create"
                title={create.label}
                data-testid="tab-create"
              >
                <span className="tab-bar__create-icon">
                  <Icon name="plus" />
                </span>
                <span>{create.shortLabel}</span>
              </Link>
            </li>
            <Tab
              to={paths.guestbooks.getHref()}
              icon="book"
              label={t('nav.guestbooks')}
              testId="tab-guestbooks"
            />
            <Tab to={paths.me.getHref()} icon="person" label={t('nav.me')} testId="tab-me" />
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

interface TabProps {
  to: string;
  /** Lit on this very path only, not on the pages below it. */
  end?: boolean;
  icon: IconName;
  label: string;
  testId: string;
}

function Tab({ to, end = false, icon, label, testId }: TabProps) {
  return (
    <li>
      <NavLink to={to} end={end} className="tab-bar__link" data-testid={testId}>
        <Icon name={icon} />
        <span>{label}</span>
      </NavLink>
    </li>
  );
}
