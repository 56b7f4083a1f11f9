import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EntryRoute } from '@/app/routes/entry';
import { PostRoute } from '@/app/routes/post';
import { comment, entryView, postView, reportRequest, videoView } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import { jsonResponse, ME_FIXTURE, mockApi, renderRoutes, sentJson } from '@/testing/test-utils';

function renderAt(path: string) {
  renderRoutes(
    [
      { path: '/posts/:id', element: <PostRoute /> },
      { path: '/entries/:id', element: <EntryRoute /> },
    ],
    path,
  );
}

const NADIA = { username: 'nadia', displayName: 'Nadia Haddad', shop: 'lille-centre' };
const MODERATOR = { ...ME_FIXTURE, roles: ['employee', 'moderator'] };

describe('moderation on a post’s page', () => {
  it('lets a reader report the post, its films and others’ comments, through one dialog', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/posts/1': postView({ videos: [videoView({ id: 'v-1', canEdit: false })] }),
      'GET /api/v1/posts/1/comments': [
        comment({ id: 2, author: NADIA }),
        comment({ id: 3, author: { ...NADIA, username: 'camille' } }),
      ],
      'POST /api/v1/reports': ({ body }) =>
        jsonResponse(
          { id: 1, ...(body as object), createdAt: '', status: 'received' },
          { status: 201 },
        ),
    });
    renderAt('/posts/1');

    expect(await screen.findByRole('button', { name: 'Signaler cette publication' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Signaler cette vidéo' })).toBeVisible();
    expect(await screen.findAllByRole('button', { name: 'Signaler ce commentaire' })).toHaveLength(
      1,
    );
    expect(screen.queryByRole('link', { name: /^Modérer/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Signaler ce commentaire' }));
    const dialog = screen.getByRole('dialog', { name: 'Signaler ce commentaire' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Spam ou publicité' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Signalement reçu');
    expect(sentJson(fetchMock, 'POST /api/v1/reports')).toEqual(reportRequest({ contentId: '2' }));
  });

  it('shows moderators the way to the moderation page of everything on it', async () => {
    mockApi({
      'GET /api/v1/me': MODERATOR,
      'GET /api/v1/posts/1': postView({
        canModerate: true,
        videos: [videoView({ id: 'v-1', canEdit: false })],
      }),
      'GET /api/v1/posts/1/comments': [comment({ id: 2, author: NADIA })],
    });
    renderAt('/posts/1');

    expect(await screen.findByRole('link', { name: 'Modérer ce commentaire' })).toHaveAttribute(
      'href',
      '/moderation/comment/2',
    );
    expectLinkTo(document.body, 'Modérer cette publication', '/moderation/post/1');
    expectLinkTo(document.body, 'Modérer cette vidéo', '/moderation/video/v-1');
  });

  it('closes the comments of a post whose comments are locked', async () => {
    mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/posts/1': postView({ commentsLocked: true }),
      'GET /api/v1/posts/1/comments': [comment({ id: 2, author: NADIA })],
    });
    renderAt('/posts/1');

    expect(await screen.findByTestId('comments-closed')).toHaveTextContent(
      'Les commentaires sont fermés',
    );
    expect(screen.queryByTestId('comment-composer')).not.toBeInTheDocument();
  });
});

describe('moderation on a guestbook entry’s page', () => {
  it('shows its author a hidden entry marked, with nothing to report and no new comments', async () => {
    mockApi({
      'GET /api/v1/me': ME_FIXTURE,
      'GET /api/v1/entries/7': entryView({ hidden: true, hiddenReason: 'Client reconnaissable' }),
      'GET /api/v1/entries/7/comments': [],
    });
    renderAt('/entries/7');

    expect(await screen.findByTestId('entry-moderation-state')).toHaveTextContent(
      'Contenu masqué par un modérateur : Client reconnaissable',
    );
    expect(await screen.findByTestId('comments-closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Signaler/ })).not.toBeInTheDocument();
  });
});
