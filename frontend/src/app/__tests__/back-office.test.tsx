import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdminRoute } from '@/app/routes/admin';
import { AdminAccess, ModerationAccess } from '@/app/routes/admin-access';
import { ModerationQueueRoute } from '@/app/routes/moderation-queue';
import { RootRoute } from '@/app/routes/root';
import { ADMIN_ME, MODERATOR_ME } from '@/testing/admin-fixtures';
import { expectLinkTo } from '@/testing/assertions';
import { ME_FIXTURE, mockApi, renderRoutes } from '@/testing/test-utils';

function renderApp(me: object, path: string) {
  mockApi({
    'GET /api/v1/me': me,
    'GET /api/v1/notifications': [],
    'GET /api/v1/search/suggest': [],
    'GET /api/v1/moderation/queue': { items: [], nextCursor: null },
  });
  renderRoutes(
    [
      {
        path: '/',
        element: <RootRoute />,
        children: [
          { index: true, element: <p>accueil</p> },
          {
            element: <ModerationAccess />,
            children: [{ path: 'moderation', element: <ModerationQueueRoute /> }],
          },
          { element: <AdminAccess />, children: [{ path: 'admin', element: <AdminRoute /> }] },
        ],
      },
    ],
    path,
  );
}

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Navigation principale' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('back office access', () => {
  it('shows no way to the back office to employees, and tells them an admin page is not for them', async () => {
    renderApp(ME_FIXTURE, '/admin');

    expect(await screen.findByTestId('not-allowed')).toHaveTextContent(
      'Cette page est réservée aux administrateurs de Bravo.',
    );
    expect(navLinks()).not.toContain('Modération');
    expect(navLinks()).not.toContain('Administration');
  });

  it('leads moderators to the queue, but not to the administration', async () => {
    renderApp(MODERATOR_ME, '/moderation');

    expect(await screen.findByRole('heading', { name: 'File de modération' })).toBeInTheDocument();
    expect(navLinks()).toContain('Modération');
    expect(navLinks()).not.toContain('Administration');
  });

  it('keeps the queue from employees', async () => {
    renderApp(ME_FIXTURE, '/moderation');

    expect(await screen.findByTestId('not-allowed')).toHaveTextContent(
      'réservée aux modérateurs et aux administrateurs',
    );
  });

  it('gives admins both, and a table of contents of the administration', async () => {
    renderApp(ADMIN_ME, '/admin');

    const home = await screen.findByTestId('admin-home');
    expect(navLinks()).toEqual(expect.arrayContaining(['Modération', 'Administration']));
    expectLinkTo(home, 'Mots surveillés', '/admin/watch-words');
    expectLinkTo(home, 'Échange des livres d’or', '/admin/rotation');
  });

  it('lets an admin without a shop in, straight to the administration and its shop changes', async () => {
    renderApp({ ...ADMIN_ME, shop: null, needsShop: false }, '/admin');

    const home = await screen.findByTestId('admin-home');
    expect(screen.queryByTestId('shop-picker')).not.toBeInTheDocument();
    expectLinkTo(home, 'Changements de boutique', '/admin/shop-requests');
  });
});
