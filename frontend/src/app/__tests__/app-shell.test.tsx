import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HomeRoute } from '@/app/routes/home';
import { MeRoute } from '@/app/routes/me';
import { PostsRoute } from '@/app/routes/posts';
import { RootRoute } from '@/app/routes/root';
import { SearchRoute } from '@/app/routes/search';
import { logout } from '@/lib/auth';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { searchPage } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import { calledUrls, ME_FIXTURE, mockApi, renderRoutes } from '@/testing/test-utils';

const EMPTY_FEED = { items: [], pinned: [], nextCursor: null };

function mockBackend(me: object = ME_FIXTURE) {
  return mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/posts': EMPTY_FEED,
    'GET /api/v1/notifications': [],
    'GET /api/v1/search/suggest': [],
    'GET /api/v1/search': searchPage(),
    'GET /api/v1/shops': [
      {
        code: 'paris-opera',
        name: 'Paris Opéra',
        city: 'Paris',
        region: 'Île-de-France',
        active: true,
        peopleCount: 3,
        postCount: 2,
      },
    ],
  });
}

function renderShell(initialPath = '/') {
  renderRoutes(
    [
      {
        path: '/',
        element: <RootRoute />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'posts', element: <PostsRoute /> },
          { path: 'search', element: <SearchRoute /> },
          { path: 'me', element: <MeRoute /> },
          { path: 'posts/new', element: <p>composer</p> },
          { path: 'guestbooks', element: <p>guestbooks</p> },
          { path: 'people/:username', element: <p>profile</p> },
        ],
      },
    ],
    initialPath,
  );
}

/** The shell signed in as `me`, once greeted, with the user menu open. */
async function openUserMenu(me?: object) {
  mockBackend(me);
  renderShell();
  await screen.findByTestId('greeting');

  await userEvent.click(screen.getByTestId('user-menu-button'));
  return screen.getByTestId('user-menu-panel');
}

describe('app shell', () => {
  it('shows the brand, the search box, the main navigation and the tabs', async () => {
    mockBackend();
    renderShell();

    expect(screen.getByRole('link', { name: 'Bravo, retour à l’accueil' })).toBeInTheDocument();
    const search = within(screen.getByRole('search')).getByRole('combobox', { name: 'Rechercher' });
    expect(search).toBeEnabled();
    expect(search).toHaveAttribute('placeholder', 'Rechercher pratiques, idées, boutiques…');
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Accueil', 'Pratiques', 'Films', 'Livres d’or', 'Boutiques']);
    expect(screen.getByTestId('create-action')).toHaveAttribute('href', '/posts/new?kind=practice');
    expect(screen.getByTestId('create-action')).toHaveTextContent('Partager une pratique');
    const tabs = screen.getByRole('navigation', { name: 'Navigation rapide' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Accueil', '/'],
      ['Rechercher', '/search'],
      ['Partager', '/posts/new?kind=practice'],
      ['Livres d’or', '/guestbooks'],
      ['Moi', '/me'],
    ]);
    expect(await screen.findByTestId('greeting')).toHaveTextContent('Bonjour Camille Martin');
  });

  it('creates what the page is about: an idea from the ideas feed, and lights only its own tab', async () => {
    mockBackend();
    renderShell('/posts?kind=idea');

    expect(screen.getByTestId('create-action')).toHaveAttribute('href', '/posts/new?kind=idea');
    expect(screen.getByTestId('create-action')).toHaveTextContent('Proposer une idée');
    expect(screen.getByTestId('tab-create')).toHaveTextContent('Idée');
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Pratiques' })).not.toHaveClass('active');

    await userEvent.click(within(nav).getByRole('link', { name: 'Pratiques' }));
    await waitFor(() => {
      expect(within(nav).getByRole('link', { name: 'Pratiques' })).toHaveClass('active');
    });
    expect(screen.getByTestId('create-action')).toHaveAttribute('href', '/posts/new?kind=practice');
  });

  it('steps the create action and the tabs aside on the composer', async () => {
    mockBackend();
    renderShell('/posts/new?kind=practice');

    await screen.findByText('composer');
    expect(screen.queryByTestId('create-action')).not.toBeInTheDocument();
    expect(screen.queryByTestId('tab-bar')).not.toBeInTheDocument();
  });

  it('gathers who I am, my profile, every section, the language and logging out under "me"', async () => {
    mockBackend({ ...ME_FIXTURE, roles: ['employee', 'moderator'] });
    renderShell('/me');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Camille Martin' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Paris Opéra')).toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Rubriques' });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Pratiques',
      'Idées',
      'Irritants',
      'Films',
      'Boutiques',
      "Échange des livres d'or",
      'Notifications',
      'Modération',
    ]);
    expect(screen.getByTestId('tab-me')).toHaveClass('active');

    await userEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(logout).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByTestId('me-profile-link'));
    expect(await screen.findByText('profile')).toBeInTheDocument();
  });

  it('opens the practices feed from the navigation', async () => {
    const fetchMock = mockBackend();
    renderShell();

    await userEvent.click(screen.getByRole('link', { name: 'Pratiques' }));

    expect(await screen.findByRole('heading', { name: 'Pratiques' })).toBeInTheDocument();
    expect(await screen.findByTestId('feed-empty')).toHaveTextContent(
      'Pas encore de pratique — partagez la première !',
    );
    expect(calledUrls(fetchMock)).toContain('/api/v1/posts?sort=latest&kind=practice&limit=20');
  });

  it('searches from the header and shows the results page', async () => {
    const fetchMock = mockBackend();
    renderShell();

    await userEvent.type(screen.getByRole('combobox', { name: 'Rechercher' }), 'accueil{Enter}');

    expect(
      await screen.findByRole('heading', { name: 'Résultats pour « accueil »' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('search-hit-link')).toHaveTextContent('Un accueil chaleureux');
    expect(calledUrls(fetchMock)).toContain('/api/v1/search?q=accueil&size=20');
    expect(screen.getByRole('combobox', { name: 'Rechercher' })).toHaveValue('accueil');
  });

  it('has the search field ready to type in when the search tab opens an empty search page', async () => {
    mockBackend();
    renderShell('/');
    const field = screen.getByRole('combobox', { name: 'Rechercher' });
    expect(field).not.toHaveFocus();

    await userEvent.click(screen.getByTestId('tab-search'));

    await waitFor(() => {
      expect(field).toHaveFocus();
    });
  });

  it('asks for the shop list only once the user menu is about to open, not with every page', async () => {
    const fetchMock = mockBackend();
    renderShell();
    await screen.findByTestId('greeting');
    const shopsAsked = () => calledUrls(fetchMock).filter((url) => url === '/api/v1/shops');
    expect(shopsAsked()).toEqual([]);

    await userEvent.hover(screen.getByTestId('user-menu-button'));

    await waitFor(() => {
      expect(shopsAsked()).toHaveLength(1);
    });
    await userEvent.click(screen.getByTestId('user-menu-button'));
    expect(screen.getByTestId('user-menu-shop')).toHaveTextContent('Paris Opéra');
  });

  it('lists identity, roles and shop in the user menu, and switches language for good', async () => {
    const panel = await openUserMenu();
    expect(panel).toHaveTextContent('Camille Martin');
    expect(panel).toHaveTextContent('Collaborateur');
    expect(await within(panel).findByText('Paris Opéra')).toBeInTheDocument();
    expectLinkTo(panel, 'Voir mon profil', '/people/camille');

    await userEvent.click(within(panel).getByRole('button', { name: 'English' }));

    await waitFor(() => {
      expect(screen.getByTestId('greeting')).toHaveTextContent('Hello Camille Martin');
    });
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'Practices' })).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('lang-fr'));
    await waitFor(() => {
      expect(screen.getByTestId('greeting')).toHaveTextContent('Bonjour Camille Martin');
    });
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows "no shop" for users without one and logs out from the menu', async () => {
    const panel = await openUserMenu({ ...ME_FIXTURE, shop: null, roles: ['auditor'] });
    expect(panel).toHaveTextContent('Aucune boutique');
    expect(panel).toHaveTextContent('auditor');
    expect(
      within(panel).getByRole('button', { name: 'Se déconnecter' }),
    ).toHaveAccessibleDescription(
      'Les brouillons et envois de vidéos en cours sur cet appareil sont effacés à la déconnexion.',
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Se déconnecter' }));
    expect(logout).toHaveBeenCalledTimes(1);
  });

  it('closes the user menu with Escape', async () => {
    mockBackend();
    renderShell();
    const toggle = screen.getByTestId('user-menu-button');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('user-menu-panel')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });
});
