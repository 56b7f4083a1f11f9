import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Feed } from '@/features/posts/components/feed';
import i18n from '@/lib/i18n';
import { postSummary, videoView } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import {
  answerFirstThen,
  calledUrls,
  FakeIntersectionObserver,
  jsonResponse,
  mockApi,
  nth,
  problemResponse,
  renderWithProviders,
} from '@/testing/test-utils';

const page = (items: unknown[], nextCursor: string | null, pinned: unknown[] = []) => ({
  items,
  pinned,
  nextCursor,
});

const titles = () => screen.getAllByTestId('post-card-link').map((link) => link.textContent);

describe('Feed', () => {
  beforeEach(() => {
    FakeIntersectionObserver.install();
  });

  it('shows the first cards, then more of the page each time their end scrolls into view, in order', async () => {
    const posts = Array.from({ length: 14 }, (_, index) =>
      postSummary({ id: index + 1, title: `Pratique ${index + 1}` }),
    );
    const fetchMock = mockApi({ 'GET /api/v1/posts': page(posts, 'c2') });

    renderWithProviders(<Feed />);

    await screen.findByTestId('feed-list');
    expect(titles()).toEqual(posts.slice(0, 4).map((post) => post.title));

    act(() => {
      FakeIntersectionObserver.latestConnected()?.enter();
    });
    await waitFor(() => {
      expect(titles()).toEqual(posts.slice(0, 12).map((post) => post.title));
    });

    // The button does the same for those who do not scroll (a keyboard, a screen reader).
    await userEvent.click(screen.getByTestId('feed-load-more'));
    await waitFor(() => {
      expect(titles()).toEqual(posts.map((post) => post.title));
    });
    // Only the page loaded so far: the next one is asked for once every card of this one shows.
    expect(calledUrls(fetchMock)).toEqual(['/api/v1/posts?sort=latest&limit=20']);
  });

  it('shows pinned posts first, then the page, with everything a card needs', async () => {
    mockApi({
      'GET /api/v1/posts': page(
        [
          postSummary({
            id: 2,
            kind: 'idea',
            title: 'Une caisse en plus le samedi',
            status: 'under_review',
            tags: ['caisse', 'samedi'],
            bravoCount: 3,
            commentCount: 2,
            editedAt: '2024-05-02T09:00:00Z',
          }),
        ],
        null,
        [
          postSummary({
            id: 1,
            title: 'Consignes de fin d’année',
            pinnedUntil: '2099-01-07T00:00:00Z',
          }),
        ],
      ),
    });

    renderWithProviders(<Feed />);

    await screen.findByTestId('feed-list');
    expect(titles()).toEqual(['Consignes de fin d’année', 'Une caisse en plus le samedi']);
    const cards = screen.getAllByTestId('post-card');
    const pinned = nth(cards, 0);
    const idea = nth(cards, 1);
    expect(within(pinned).getByTestId('pinned-badge')).toHaveTextContent('Épinglé jusqu’au');
    expect(within(idea).queryByTestId('pinned-badge')).not.toBeInTheDocument();
    expect(within(idea).getByTestId('kind-badge')).toHaveTextContent('Idée');
    expect(within(idea).getByTestId('status-badge')).toHaveTextContent('À l’étude');
    expect(within(idea).getByTestId('edited-marker')).toHaveTextContent('modifié');
    expect(within(idea).getByTestId('post-card-bravos')).toHaveTextContent('3 bravos');
    expect(within(idea).getByTestId('post-card-comments')).toHaveTextContent('2 commentaires');
    expectLinkTo(idea, '#samedi', '/posts?tag=samedi');
    expectLinkTo(idea, 'Lucas Bernard', '/people/lucas');
    expectLinkTo(idea, 'Paris Opéra', '/shops/paris-opera');
  });

  it('loads the next page with the cursor when the end of the list scrolls into view', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts': ({ url }) =>
        url.searchParams.get('cursor') === 'c2'
          ? jsonResponse(page([postSummary({ id: 3, title: 'Troisième' })], null))
          : jsonResponse(
              page(
                [
                  postSummary({ id: 1, title: 'Premier' }),
                  postSummary({ id: 2, title: 'Deuxième' }),
                ],
                'c2',
              ),
            ),
    });

    renderWithProviders(<Feed />);
    await screen.findByTestId('feed-sentinel');
    expect(titles()).toEqual(['Premier', 'Deuxième']);

    act(() => {
      FakeIntersectionObserver.latestConnected()?.enter();
    });

    await waitFor(() => {
      expect(titles()).toEqual(['Premier', 'Deuxième', 'Troisième']);
    });
    expect(calledUrls(fetchMock)).toEqual([
      '/api/v1/posts?sort=latest&limit=20',
      '/api/v1/posts?sort=latest&cursor=c2&limit=20',
    ]);
    // Last page: nothing left to observe.
    expect(screen.queryByTestId('feed-sentinel')).not.toBeInTheDocument();
  });

  it('sends the filters of the URL and switches to Top with a period', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/posts': page([postSummary()], null) });

    renderWithProviders(<Feed />, { route: '/posts?kind=idea&tag=caisse' });
    await screen.findByTestId('feed-list');
    expect(screen.getByTestId('feed-kind-idea')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('feed-tag-filter')).toHaveTextContent('#caisse');
    expect(screen.queryByTestId('feed-period-week')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('feed-sort-top'));
    await userEvent.click(await screen.findByTestId('feed-period-month'));
    await userEvent.click(screen.getByRole('button', { name: 'Retirer le filtre #caisse' }));

    await waitFor(() => {
      expect(calledUrls(fetchMock).at(-1)).toBe(
        '/api/v1/posts?sort=top&period=month&kind=idea&limit=20',
      );
    });
    expect(calledUrls(fetchMock)).toContain(
      '/api/v1/posts?sort=latest&kind=idea&tag=caisse&limit=20',
    );
    expect(screen.queryByTestId('feed-tag-filter')).not.toBeInTheDocument();
  });

  it('invites to share the first practice when there is none', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /api/v1/posts': page([], null) });

    renderWithProviders(<Feed />, { route: '/posts?kind=practice' });

    const empty = await screen.findByTestId('feed-empty');
    expect(empty).toHaveTextContent('No practices yet — share the first one!');
    expectLinkTo(empty, 'Share a practice', '/posts/new?kind=practice');
  });

  it('explains a failure with the translated problem code and retries', async () => {
    mockApi({
      'GET /api/v1/posts': answerFirstThen(
        () => problemResponse({ status: 503, code: 'SERVICE_UNAVAILABLE' }),
        () => jsonResponse(page([postSummary({ title: 'Enfin' })], null)),
      ),
    });

    renderWithProviders(<Feed />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les publications');
    expect(alert).toHaveTextContent('Bravo est momentanément indisponible.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Enfin')).toBeInTheDocument();
  });

  it('shows skeletons while the first page loads', () => {
    mockApi({ 'GET /api/v1/posts': () => new Promise<Response>(() => undefined) });

    renderWithProviders(<Feed />);

    expect(screen.getByTestId('feed-loading')).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Chargement des publications…');
  });

  it('shows a film’s poster and length on its card', async () => {
    mockApi({
      'GET /api/v1/posts': page(
        [
          postSummary({
            title: 'Le pliage express',
            thumbnailUrl: '/api/v1/media/photos/p/thumbnail',
            video: videoView({
              durationMs: 125_000,
              posterUrl: 'https://store.example/poster.jpg',
            }),
          }),
        ],
        null,
      ),
    });

    renderWithProviders(<Feed />);

    const card = await screen.findByTestId('post-card');
    expect(within(card).getByTestId('video-badge')).toHaveTextContent('Vidéo · 2:05');
    expect(within(card).getByTestId('post-card-poster')).toHaveAttribute(
      'src',
      'https://store.example/poster.jpg',
    );
  });
});
