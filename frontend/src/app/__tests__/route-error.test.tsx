import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appRoutes } from '@/app/app-routes';
import { ME_FIXTURE, mockApi, renderRoutes } from '@/testing/test-utils';

// Without network (and before the service worker has the app), a page's code cannot load.
vi.mock('@/app/routes/new-post', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a page that cannot load', () => {
  it('shows its error inside the layout: the header and navigation stay', async () => {
    mockApi({ 'GET /api/v1/me': ME_FIXTURE, 'GET /api/v1/notifications': [] });
    renderRoutes(appRoutes(), '/posts/new?kind=practice');

    expect(await screen.findByText('Oups, un problème est survenu')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bravo, retour à l’accueil' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
  });
});
