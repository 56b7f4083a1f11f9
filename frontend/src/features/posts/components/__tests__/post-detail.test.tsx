import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PostDetail } from '@/features/posts/components/post-detail';
import type { PostDetailProps } from '@/features/posts/components/post-detail';
import i18n from '@/lib/i18n';
import { postView, videoView } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import {
  deferred,
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
} from '@/testing/test-utils';

function renderPost(
  currentUsername = 'camille',
  props: Partial<Omit<PostDetailProps, 'id' | 'currentUsername' | 'onDeleted'>> = {},
) {
  const onDeleted = vi.fn();
  const view = renderWithProviders(
    <PostDetail
      id={1}
      currentUsername={currentUsername}
      isAdmin={false}
      onDeleted={onDeleted}
      {...props}
    />,
  );
  return { onDeleted, ...view };
}

const bravoCount = () => screen.getByTestId('post-bravo-count').textContent;

describe('PostDetail', () => {
  it('renders the post with its sanitized body, tags and author links', async () => {
    mockApi({
      'GET /api/v1/posts/1': postView({
        kind: 'idea',
        status: 'declined',
        statusReason: 'Déjà prévu au budget',
        bodyHtml: '<p>Avec <strong>gras</strong></p>',
        tags: ['caisse'],
      }),
    });

    renderPost();

    expect(await screen.findByTestId('post-title')).toHaveTextContent('Accueil en vitrine');
    expect(screen.getByTestId('post-body').querySelector('strong')).toHaveTextContent('gras');
    expect(screen.getByTestId('status-badge')).toHaveTextContent('Refusé');
    expect(screen.getByTestId('status-reason-text')).toHaveTextContent('Déjà prévu au budget');
    expectLinkTo(document.body, '#caisse', '/posts?tag=caisse');
    expectLinkTo(document.body, 'Lucas Bernard', '/people/lucas');
  });

  it('counts the bravo at once, before the server answers', async () => {
    const answer = deferred<Response>();
    const fetchMock = mockApi({
      'GET /api/v1/posts/1': postView({ bravoCount: 3 }),
      'PUT /api/v1/posts/1/bravo': () => answer.promise,
    });
    renderPost();
    await screen.findByTestId('post-detail');
    expect(bravoCount()).toBe('3 bravos');

    await userEvent.click(screen.getByTestId('post-bravo'));

    expect(bravoCount()).toBe('4 bravos');
    expect(screen.getByTestId('post-bravo')).toHaveAttribute('aria-pressed', 'true');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/posts/1/bravo',
      expect.objectContaining({ method: 'PUT' }),
    );

    answer.resolve(jsonResponse({ bravoCount: 4, bravoedByMe: true }));
    await waitFor(() => {
      expect(screen.getByTestId('post-bravo')).toHaveAttribute('aria-pressed', 'true');
    });
    expect(bravoCount()).toBe('4 bravos');
  });

  it('puts the count back and explains why when the bravo is refused', async () => {
    await i18n.changeLanguage('en');
    const answer = deferred<Response>();
    mockApi({
      'GET /api/v1/posts/1': postView({ bravoCount: 1, bravoedByMe: true }),
      'DELETE /api/v1/posts/1/bravo': () => answer.promise,
    });
    renderPost();
    await screen.findByTestId('post-detail');

    await userEvent.click(screen.getByTestId('post-bravo'));
    expect(bravoCount()).toBe('0 bravos');

    answer.resolve(problemResponse({ status: 503, code: 'SERVICE_UNAVAILABLE' }));

    expect(await screen.findByTestId('post-bravo-error')).toHaveTextContent(
      'Your bravo could not be saved. Bravo is temporarily unavailable.',
    );
    expect(bravoCount()).toBe('1 bravo');
    expect(screen.getByTestId('post-bravo')).toHaveAttribute('aria-pressed', 'true');
  });

  it('does not let authors give a bravo to their own post, and says why', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/posts/1': postView() });
    renderPost('lucas');
    await screen.findByTestId('post-detail');

    const button = screen.getByTestId('post-bravo');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(
      'Vous ne pouvez pas donner de bravo à votre propre contenu.',
    );
    await userEvent.click(button);

    expect(bravoCount()).toBe('0 bravo');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('lists who gave a bravo', async () => {
    mockApi({
      'GET /api/v1/posts/1': postView({ bravoCount: 1 }),
      'GET /api/v1/posts/1/bravos': [
        {
          username: 'nadia',
          displayName: 'Nadia Haddad',
          shop: 'lille-centre',
          givenAt: '2024-05-02T08:00:00Z',
        },
      ],
    });
    renderPost();

    await userEvent.click(await screen.findByTestId('post-bravos-open'));

    const dialog = await screen.findByRole('dialog', { name: 'Ils ont dit bravo' });
    expect(await within(dialog).findByRole('link', { name: 'Nadia Haddad' })).toHaveAttribute(
      'href',
      '/people/nadia',
    );
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('deletes only after confirmation', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts/1': postView({ canEdit: true, canDelete: true }),
      'DELETE /api/v1/posts/1': () => new Response(null, { status: 204 }),
    });
    const { onDeleted } = renderPost();
    await screen.findByTestId('post-detail');
    expect(screen.getByTestId('post-edit')).toHaveAttribute('href', '/posts/1/edit');

    await userEvent.click(screen.getByTestId('post-delete'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Supprimer définitivement cette publication ?')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('post-delete-confirm'));

    await waitFor(() => {
      expect(onDeleted).toHaveBeenCalledTimes(1);
    });
    expect(fetchMock).toHaveBeenLastCalledWith(
      '/api/v1/posts/1',
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('offers pinning to admins only', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts/1': postView(),
      'PUT /api/v1/posts/1/pin': postView({ pinnedUntil: '2099-01-01T00:00:00Z' }),
    });
    renderPost('camille', { isAdmin: true });

    await userEvent.selectOptions(await screen.findByLabelText('Épingler pendant'), '5');
    await userEvent.click(screen.getByTestId('pin'));

    expect(await screen.findByTestId('unpin')).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls.at(-1) ?? [];
    expect(init?.body).toBe('{"days":5}');
  });

  it('gives exact dates, including the last edit', async () => {
    mockApi({ 'GET /api/v1/posts/1': postView({ editedAt: '2024-05-03T14:30:00Z' }) });
    renderPost();

    expect(await screen.findByTestId('edited-marker')).toHaveTextContent(/^modifié le 3 mai 2024/);
  });

  it('keeps the post on screen when a background refresh fails', async () => {
    let calls = 0;
    mockApi({
      'GET /api/v1/posts/1': () => {
        calls += 1;
        return calls === 1
          ? jsonResponse(postView())
          : problemResponse({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      },
    });
    const { queryClient } = renderPost();
    await screen.findByTestId('post-title');

    await act(() => queryClient.refetchQueries({ queryKey: ['posts', 'detail', 1] }));

    await waitFor(() => {
      expect(queryClient.getQueryState(['posts', 'detail', 1])?.status).toBe('error');
    });
    // Let the error reach the component before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls).toBe(2);
    expect(screen.getByTestId('post-title')).toHaveTextContent('Accueil en vitrine');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the not-found message of a deleted post', async () => {
    mockApi({
      'GET /api/v1/posts/1': () => problemResponse({ status: 404, code: 'POST_NOT_FOUND' }),
    });
    renderPost();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette publication n’existe pas ou a été supprimée.',
    );
    expect(screen.queryByTestId('pin-panel')).not.toBeInTheDocument();
  });

  it('hands the post’s videos to the app layer to play them', async () => {
    const film = videoView({ id: 'v-9' });
    mockApi({ 'GET /api/v1/posts/1': postView({ videos: [film] }) });
    const renderVideos = vi.fn((videos: unknown[]) => (
      <p data-testid="videos-slot">{videos.length} vidéo</p>
    ));

    renderPost('camille', { renderVideos });

    expect(await screen.findByTestId('videos-slot')).toHaveTextContent('1 vidéo');
    expect(renderVideos).toHaveBeenLastCalledWith([film]);
  });

  it('tells its author and moderators why a hidden post is hidden', async () => {
    mockApi({
      'GET /api/v1/posts/1': postView({ hidden: true, hiddenReason: 'Photo d’un client' }),
    });
    renderPost();

    const notice = await screen.findByTestId('post-moderation-state');
    expect(notice).toHaveTextContent('Contenu masqué par un modérateur : Photo d’un client');
    expect(notice).toHaveTextContent(
      'Seuls son auteur et les modérateurs peuvent voir ce contenu.',
    );
  });

  it('says a post held for review is seen only by its author and moderators', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /api/v1/posts/1': postView({ hidden: true, pendingReview: true }) });
    renderPost();

    expect(await screen.findByTestId('post-moderation-state')).toHaveTextContent(
      /^Pending review — only you and moderators can see this$/,
    );
  });

  it('marks nothing on a visible post', async () => {
    mockApi({ 'GET /api/v1/posts/1': postView() });
    renderPost();

    await screen.findByTestId('post-detail');
    expect(screen.queryByTestId('post-moderation-state')).not.toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('offers the app layer’s report action on someone else’s post only', async () => {
    mockApi({ 'GET /api/v1/posts/1': postView() });
    const renderReport = vi.fn(() => <button type="button">Signaler</button>);
    const { unmount } = renderPost('camille', { renderReport });

    expect(await screen.findByRole('button', { name: 'Signaler' })).toBeInTheDocument();
    expect(renderReport).toHaveBeenLastCalledWith({ type: 'post', id: '1' });
    unmount();

    renderReport.mockClear();
    renderPost('lucas', { renderReport });
    await screen.findByTestId('post-detail');
    expect(screen.queryByRole('button', { name: 'Signaler' })).not.toBeInTheDocument();
    expect(renderReport).not.toHaveBeenCalled();
  });

  it('links moderators to the post’s moderation page', async () => {
    mockApi({ 'GET /api/v1/posts/1': postView({ canModerate: true }) });
    renderPost();

    expect(await screen.findByRole('link', { name: 'Modérer cette publication' })).toHaveAttribute(
      'href',
      '/moderation/post/1',
    );
  });

  it('has no moderation link for everyone else', async () => {
    mockApi({ 'GET /api/v1/posts/1': postView() });
    renderPost();

    await screen.findByTestId('post-detail');
    expect(screen.queryByTestId('post-moderate')).not.toBeInTheDocument();
  });
});
