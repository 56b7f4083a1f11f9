import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
// The app's senders: what leaves the outbox once the network is back.
import '@/app/offline-session';
import { OutboxIndicator } from '@/components/offline/outbox-indicator';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { EntryComposer } from '@/features/guestbook/components/entry-composer';
import { EntryDetail } from '@/features/guestbook/components/entry-detail';
import { Composer } from '@/features/posts/components/composer/composer';
import { outbox } from '@/lib/offline/outbox-instance';
import { comment, entryView, postView } from '@/testing/fixtures';
import {
  jsonResponse,
  mockApi,
  renderWithProviders,
  sentJson,
  writeCalls,
} from '@/testing/test-utils';
import { setUpTestOutbox, stubNetwork } from '@/testing/offline';

const { goOffline, goOnline } = stubNetwork();
beforeEach(() => {
  // TanStack Query follows the offline event too: a test that failed offline must not pause the next one's queries.
  onlineManager.setOnline(true);
});
setUpTestOutbox();

/** Nadia on guestbook entry 7, with the outbox in view, when the network goes. */
async function openEntrySevenThenLoseNetwork() {
  renderWithProviders(
    <>
      <OutboxIndicator />
      <EntryDetail id={7} currentUsername="nadia" onDeleted={vi.fn()} onPromoted={vi.fn()} />
    </>,
  );
  await screen.findByTestId('entry-bravo');
  goOffline();
}

/** The network returns; waits until the outbox has sent everything. */
async function reconnectUntilAllSent() {
  goOnline();
  await waitFor(() => {
    expect(outbox.items()).toEqual([]);
  });
}

const kinds = () => outbox.items().map((item) => [item.type, item.payload]);

describe('bravos on comments and guestbook entries without network', () => {
  it('a comment bravo moves the count, waits visibly, and a second tap replaces the first wish', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts/1/comments': [comment({ id: 5, bravoCount: 2 })],
      'GET /api/v1/people': [],
      'DELETE /api/v1/comments/5/bravo': { bravoCount: 2, bravoedByMe: false },
      'PUT /api/v1/comments/5/bravo': { bravoCount: 3, bravoedByMe: true },
    });
    renderWithProviders(
      <>
        <OutboxIndicator />
        <CommentsSection target={{ type: 'post', id: 1 }} currentUsername="camille" />
      </>,
    );
    await screen.findByTestId('comment');
    goOffline();

    await userEvent.click(screen.getByTestId('comment-bravo'));
    expect(await screen.findByTestId('comment-bravo-queued')).toHaveTextContent(
      'Bravo enregistré : il sera envoyé dès le retour du réseau.',
    );
    expect(screen.getByTestId('comment-bravo-count')).toHaveTextContent('3');
    expect(screen.getByTestId('outbox-count')).toHaveTextContent('1');
    expect(kinds()).toEqual([['comment-bravo', expect.objectContaining({ id: 5, give: true })]]);

    // Taken back before the network returned: only the last wish stays, so no bravo is sent
    // and then withdrawn (which would notify the author for nothing).
    await userEvent.click(screen.getByTestId('comment-bravo'));
    await waitFor(() => {
      expect(kinds()).toEqual([['comment-bravo', expect.objectContaining({ id: 5, give: false })]]);
    });
    expect(screen.getByTestId('comment-bravo-count')).toHaveTextContent('2');
    expect(writeCalls(fetchMock)).toEqual([]);

    await reconnectUntilAllSent();
    expect(writeCalls(fetchMock)).toEqual(['DELETE /api/v1/comments/5/bravo']);
  });

  it('a guestbook entry bravo waits in the outbox, then leaves once', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/entries/7': entryView({ bravoCount: 1 }),
      'PUT /api/v1/entries/7/bravo': { bravoCount: 2, bravoedByMe: true },
    });
    await openEntrySevenThenLoseNetwork();

    await userEvent.click(screen.getByTestId('entry-bravo'));
    expect(await screen.findByTestId('entry-bravo-queued')).toBeInTheDocument();
    expect(screen.getByTestId('entry-bravo-count')).toHaveTextContent('2');
    expect(screen.getByTestId('outbox-count')).toHaveTextContent('1');
    await userEvent.click(screen.getByTestId('outbox-open'));
    expect(screen.getByTestId('outbox-item')).toHaveTextContent('Bravo sur un mot du livre d’or');
    expect(writeCalls(fetchMock)).toEqual([]);

    goOnline();
    await waitFor(() => {
      expect(writeCalls(fetchMock)).toEqual(['PUT /api/v1/entries/7/bravo']);
    });
    await waitFor(() => {
      expect(outbox.items()).toEqual([]);
    });
  });

  it('a bravo refused once sent stays in the outbox with its error', async () => {
    mockApi({
      'GET /api/v1/entries/7': entryView(),
      'PUT /api/v1/entries/7/bravo': () =>
        jsonResponse({ status: 404, code: 'ENTRY_NOT_FOUND' }, { status: 404 }),
    });
    await openEntrySevenThenLoseNetwork();
    await userEvent.click(screen.getByTestId('entry-bravo'));
    await screen.findByTestId('entry-bravo-queued');

    goOnline();
    await waitFor(() => {
      expect(outbox.items().map((item) => item.state)).toEqual(['failed']);
    });
    await userEvent.click(screen.getByTestId('outbox-open'));
    expect(screen.getByTestId('outbox-item-error')).toBeInTheDocument();
  });
});

describe('comments on guestbook entries without network', () => {
  it('wait in the outbox like comments on posts, and leave for the entry', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/entries/7/comments': [],
      'GET /api/v1/people': [],
      'POST /api/v1/entries/7/comments': comment({ id: 9, targetType: 'entry', targetId: 7 }),
    });
    renderWithProviders(
      <CommentsSection target={{ type: 'entry', id: 7 }} currentUsername="camille" />,
    );
    await screen.findByTestId('comment-composer');
    goOffline();

    await userEvent.type(screen.getByTestId('comment-composer-input'), 'Quelle belle histoire');
    await userEvent.click(screen.getByTestId('comment-composer-submit'));
    expect(await screen.findByTestId('comment-queued')).toBeInTheDocument();
    expect(writeCalls(fetchMock)).toEqual([]);

    await reconnectUntilAllSent();
    expect(sentJson(fetchMock, 'POST /api/v1/entries/7/comments')).toMatchObject({
      body: 'Quelle belle histoire',
    });
  });
});

describe('changes made without network', () => {
  it('a changed comment waits in the outbox; a second change replaces the first', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/posts/1/comments': [
        comment({
          id: 5,
          canEdit: true,
          author: { username: 'camille', displayName: 'Camille', shop: 'paris-opera' },
        }),
      ],
      'GET /api/v1/people': [],
      'PUT /api/v1/comments/5': comment({ id: 5, body: 'Troisième version' }),
    });
    renderWithProviders(
      <CommentsSection target={{ type: 'post', id: 1 }} currentUsername="camille" />,
    );
    const item = await screen.findByTestId('comment');
    goOffline();

    for (const body of ['Deuxième version', 'Troisième version']) {
      await userEvent.click(within(item).getByRole('button', { name: 'Modifier' }));
      const input = screen.getByTestId('comment-edit-input');
      await userEvent.clear(input);
      await userEvent.type(input, body);
      await userEvent.click(screen.getByTestId('comment-edit-submit'));
      expect(await screen.findByTestId('comment-edit-queued')).toHaveTextContent(
        'Modification enregistrée : elle sera envoyée dès le retour du réseau.',
      );
    }
    expect(kinds()).toEqual([
      ['comment-edit', { id: 5, target: { type: 'post', id: 1 }, body: 'Troisième version' }],
    ]);
    expect(writeCalls(fetchMock)).toEqual([]);

    await reconnectUntilAllSent();
    expect(writeCalls(fetchMock)).toEqual(['PUT /api/v1/comments/5']);
    expect(sentJson(fetchMock, 'PUT /api/v1/comments/5')).toEqual({ body: 'Troisième version' });
  });

  it('a changed post is kept in the outbox, not lost, and sent when the network returns', async () => {
    const post = postView({ id: 1, title: 'Vitrine de Noël', draft: false });
    const fetchMock = mockApi({
      'GET /api/v1/categories': [],
      'GET /api/v1/tags': [],
      'PUT /api/v1/posts/1': () => jsonResponse({ ...post, title: 'Vitrine de Noël, suite' }),
    });
    const onSaved = vi.fn();
    renderWithProviders(<Composer mode={{ type: 'edit', post }} onSaved={onSaved} />);
    goOffline();

    await userEvent.type(screen.getByTestId('composer-title'), ', suite');
    await userEvent.click(screen.getByTestId('composer-publish'));

    expect(await screen.findByTestId('composer-queued')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(kinds()).toMatchObject([
      ['post-edit', { id: 1, request: { title: 'Vitrine de Noël, suite' } }],
    ]);
    expect(writeCalls(fetchMock)).toEqual([]);

    await reconnectUntilAllSent();
    expect(sentJson(fetchMock, 'PUT /api/v1/posts/1')).toMatchObject({
      title: 'Vitrine de Noël, suite',
      draft: false,
    });
  });

  it('a changed guestbook entry is kept in the outbox with its text', async () => {
    const entry = entryView({ id: 7, canEdit: true });
    const fetchMock = mockApi({});
    const onSaved = vi.fn();
    renderWithProviders(<EntryComposer mode={{ type: 'edit', entry }} onSaved={onSaved} />);
    goOffline();

    await userEvent.type(
      screen.getByRole('textbox', { name: /Ce qui s/ }),
      ' Et elle est revenue.',
    );
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'vitrine.png', {
      type: 'image/png',
    });
    await userEvent.upload(screen.getByTestId('photo-camera-input'), file);
    expect(await screen.findByTestId('photo-upload-held')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('entry-shows-customer-no'));
    await userEvent.click(screen.getByTestId('entry-publish'));

    expect(await screen.findByTestId('entry-queued')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(kinds()).toMatchObject([
      [
        'entry-edit',
        { id: 7, request: { body: 'Un client revenu nous remercier. Et elle est revenue.' } },
      ],
    ]);
    // The photo taken offline leaves with the change, never without it.
    expect(outbox.items()[0]?.attachments.map((attachment) => attachment.name)).toEqual([
      'vitrine.png',
    ]);
    expect(writeCalls(fetchMock)).toEqual([]);
  });
});
