import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditPostRoute } from '@/app/routes/edit-post';
import { NewPostRoute } from '@/app/routes/new-post';
import { PersonRoute } from '@/app/routes/person';
import { ShopRoute } from '@/app/routes/shop';
import { ShopsRoute } from '@/app/routes/shops';
import { VideosRoute } from '@/app/routes/videos';
import { postSummary, postView, videoView } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import { calledUrls, jsonResponse, ME_FIXTURE, mockApi, renderRoutes } from '@/testing/test-utils';

function renderAt(path: string) {
  return renderRoutes(
    [
      { path: '/posts/new', element: <NewPostRoute /> },
      { path: '/posts/:id/edit', element: <EditPostRoute /> },
      { path: '/posts/:id', element: <p>page de la publication</p> },
      { path: '/people/:username', element: <PersonRoute /> },
      { path: '/shops', element: <ShopsRoute /> },
      { path: '/shops/:code', element: <ShopRoute /> },
      { path: '/videos', element: <VideosRoute /> },
    ],
    path,
  );
}

const LYON = {
  code: 'lyon-confluence',
  name: 'Lyon Confluence',
  city: 'Lyon',
  region: 'Auvergne-Rhône-Alpes',
  active: true,
  peopleCount: 2,
  postCount: 5,
};
const FEED = { items: [postSummary({ title: 'Une pratique' })], pinned: [], nextCursor: null };

describe('pages', () => {
  it('shows a profile with its counts and the person’s posts', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/people/lucas': {
        username: 'lucas',
        displayName: 'Lucas Bernard',
        shop: { code: 'lyon-confluence', name: 'Lyon Confluence' },
        postCount: 4,
        bravosReceived: 17,
        commentCount: 9,
        memberSince: '2023-01-15T00:00:00Z',
      },
      'GET /api/v1/posts': FEED,
    });

    renderAt('/people/lucas');

    const header = await screen.findByTestId('profile-header');
    expect(within(header).getByRole('heading', { name: 'Lucas Bernard' })).toBeInTheDocument();
    expectLinkTo(header, 'Lyon Confluence', '/shops/lyon-confluence');
    expect(header).toHaveTextContent('membre depuis le');
    expect(header).toHaveTextContent('Bravos reçus17');
    expect(await screen.findByText('Une pratique')).toBeInTheDocument();
    expect(calledUrls(fetchMock)).toContain('/api/v1/posts?sort=latest&author=lucas&limit=20');
  });

  it('lists shops, searchable without accents, and opens one with its people and posts', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/shops': [
        LYON,
        {
          ...LYON,
          code: 'paris-opera',
          name: 'Paris Opéra',
          city: 'Paris',
          region: 'Île-de-France',
        },
      ],
      'GET /api/v1/shops/lyon-confluence': LYON,
      'GET /api/v1/shops/lyon-confluence/people': [
        { username: 'lucas', displayName: 'Lucas Bernard', shop: 'lyon-confluence' },
      ],
      'GET /api/v1/posts': FEED,
    });
    const router = renderAt('/shops');

    expect(await screen.findAllByTestId('shop-card')).toHaveLength(2);
    await userEvent.type(screen.getByLabelText('Rechercher une boutique'), 'ile-de');
    expect(screen.getAllByTestId('shop-card')).toHaveLength(1);
    expect(screen.getByTestId('shop-card')).toHaveTextContent('Paris Opéra');

    await router.navigate('/shops/lyon-confluence');

    const details = await screen.findByTestId('shop-details');
    expect(details).toHaveTextContent('2 personnes');
    expect(details).toHaveTextContent('5 publications');
    expect(await screen.findByTestId('shop-people')).toHaveTextContent('Lucas Bernard');
    expect(await screen.findByText('Une pratique')).toBeInTheDocument();
    expect(calledUrls(fetchMock)).toContain(
      '/api/v1/posts?sort=latest&shop=lyon-confluence&limit=20',
    );
  });

  it('continues a saved draft in the edit page, which then saves over it', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/categories': [],
      'GET /api/v1/posts/drafts': [],
      'POST /api/v1/posts': ({ body }) =>
        jsonResponse(postView({ id: 8, draft: true, canEdit: true, ...(body as object) }), {
          status: 201,
        }),
      'GET /api/v1/posts/8': postView({
        id: 8,
        draft: true,
        canEdit: true,
        title: 'Porte qui grince',
      }),
      'PUT /api/v1/posts/8': ({ body }) =>
        jsonResponse(postView({ id: 8, draft: false, canEdit: true, ...(body as object) })),
    });
    const router = renderAt('/posts/new?kind=irritant');

    expect(await screen.findByTestId('composer-kind-irritant')).toBeChecked();
    await userEvent.type(screen.getByLabelText('Titre'), 'Porte qui grince');
    await userEvent.click(screen.getByTestId('composer-save-draft'));

    // The router state changes before React shows the new page (navigation is a transition).
    expect(
      await screen.findByRole('heading', { name: 'Modifier la publication' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/posts/8/edit');
    expect(screen.getByLabelText('Titre')).toHaveValue('Porte qui grince');
    await userEvent.click(screen.getByTestId('composer-publish'));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/posts/8');
    });
    // The draft's first publication: the post page thanks its author.
    expect(router.state.location.state).toEqual({ saved: 'published' });
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(put?.[1]?.body as string)).toMatchObject({
      title: 'Porte qui grince',
      draft: false,
    });
    expect(localStorage.length).toBe(0);
  });

  it('lists the films of a shop picked in the gallery', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/shops': [LYON],
      'GET /api/v1/posts': {
        items: [postSummary({ title: 'Le pliage express', video: videoView() })],
        pinned: [],
        nextCursor: null,
      },
    });

    const router = renderAt('/videos');

    expect(
      await screen.findByRole('heading', { name: 'Les films des bonnes pratiques' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('video-card')).toHaveTextContent('Le pliage express');
    await waitFor(() => {
      expect(screen.getByTestId('shop-select')).toBeEnabled();
    });
    await userEvent.selectOptions(screen.getByTestId('shop-select'), 'Lyon Confluence');

    await waitFor(() => {
      expect(calledUrls(fetchMock)).toContain(
        '/api/v1/posts?sort=latest&video=true&shop=lyon-confluence&limit=20',
      );
    });
    expect(router.state.location.search).toBe('?shop=lyon-confluence');
  });
});
