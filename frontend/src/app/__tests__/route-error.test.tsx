import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { appRoutes } from '@/app/app-routes';
import { createTestQueryClient, ME_FIXTURE, mockApi } from '@/testing/test-utils';

// Without network (and before the service worker has the app), a page's code cannot load.
vi.mock('@/app/routes/new-post', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a page that cannot load', () => {
  it('shows its error inside the layout: the header and navigation stay', async () => {
    mockApi({ 'GET /api/v1/me': ME_FIXTURE, 'GET /api/v1/notifications': [] });
    const router = createMemoryRouter(appRoutes(), {
      initialEntries: ['/posts/new?kind=practice'],
    });
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    expect(await screen.findByText('Oups, un problème est survenu')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bravo, retour à l’accueil' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
  });
});
