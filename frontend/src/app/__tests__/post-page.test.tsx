import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostRoute } from '@/app/routes/post';
import { postView } from '@/testing/fixtures';
import {
  calledUrls,
  ME_FIXTURE,
  mockApi,
  problemResponse,
  renderRoutes,
} from '@/testing/test-utils';

function renderAt(path: string, state?: unknown) {
  renderRoutes([{ path: '/posts/:id', element: <PostRoute /> }], { pathname: path, state });
}

/** Post 1's page, reached with `state` as the page that led there left it. */
function openPostOne(state: unknown) {
  mockApi({
    'GET /api/v1/me': ME_FIXTURE,
    'GET /api/v1/posts/1': postView({ title: 'Un accueil chaleureux' }),
    'GET /api/v1/posts/1/comments': [],
  });
  renderAt('/posts/1', state);
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
    openPostOne({ saved: 'published' });

    expect(await screen.findByTestId('post-saved')).toHaveTextContent(
      'C’est en ligne : merci pour le partage !',
    );
    expect(screen.getByTestId('post-saved')).toHaveAttribute('role', 'status');
  });

  it('shows no notice when the post is simply opened', async () => {
    openPostOne({ saved: 'something else' });

    expect(await screen.findByTestId('post-detail')).toBeInTheDocument();
    expect(screen.queryByTestId('post-saved')).not.toBeInTheDocument();
  });
});
