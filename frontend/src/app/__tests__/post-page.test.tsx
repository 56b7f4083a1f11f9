import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PostRoute } from '@/app/routes/post';
import { postView } from '@/testing/fixtures';
import {
  calledUrls,
  createTestQueryClient,
  ME_FIXTURE,
  mockApi,
  problemResponse,
} from '@/testing/test-utils';

function renderAt(path: string, state?: unknown) {
  const router = createMemoryRouter([{ path: '/posts/:id', element: <PostRoute /> }], {
    initialEntries: [{ pathname: path, state }],
  });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('a post’s page', () => {
  it('is one "not found" page for a post that does not exist, with no comment box', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/posts/404': () => problemResponse({ status: 404, code: 'POST_NOT_FOUND' }),
    });
    renderAt('/posts/404');

    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByTestId('not-found-message')).toHaveTextContent(
      'Cette publication n’existe pas ou a été supprimée.',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calledUrls(fetchMock).some((url) => url.includes('/comments'))).toBe(false);
  });

  it('thanks the author of a post just published', async () => {
    mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/posts/1': postView({ title: 'Un accueil chaleureux' }),
      'GET /api/v1/posts/1/comments': [],
    });
    renderAt('/posts/1', { saved: 'published' });

    expect(await screen.findByTestId('post-saved')).toHaveTextContent(
      'C’est en ligne : merci pour le partage !',
    );
    expect(screen.getByTestId('post-saved')).toHaveAttribute('role', 'status');
  });

  it('shows no notice when the post is simply opened', async () => {
    mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/posts/1': postView({ title: 'Un accueil chaleureux' }),
      'GET /api/v1/posts/1/comments': [],
    });
    renderAt('/posts/1', { saved: 'something else' });

    expect(await screen.findByTestId('post-detail')).toBeInTheDocument();
    expect(screen.queryByTestId('post-saved')).not.toBeInTheDocument();
  });
});
