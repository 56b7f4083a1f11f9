import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OutboxIndicator } from '@/components/offline/outbox-indicator';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { PostDetail } from '@/features/posts/components/post-detail';
import { outbox } from '@/lib/offline/outbox-instance';
import { postView } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { setUpTestOutbox, stubNetwork } from '@/testing/offline';

const { goOffline } = stubNetwork();
setUpTestOutbox();

describe('without network, people see that what they did will leave later', () => {
  it('a bravo keeps its count, says it waits, and shows in the outbox', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/posts/1': postView({ bravoCount: 3 }) });
    renderWithProviders(
      <>
        <OutboxIndicator />
        <PostDetail id={1} currentUsername="camille" isAdmin={false} onDeleted={vi.fn()} />
      </>,
    );
    await screen.findByTestId('post-detail');
    goOffline();
    expect(await screen.findByTestId('offline-pill')).toHaveTextContent('Hors ligne');

    await userEvent.click(screen.getByTestId('post-bravo'));

    expect(await screen.findByTestId('post-bravo-queued')).toHaveTextContent(
      'Bravo enregistré : il sera envoyé dès le retour du réseau.',
    );
    expect(screen.getByTestId('post-bravo-count')).toHaveTextContent('4 bravos');
    expect(screen.getByTestId('outbox-count')).toHaveTextContent('1');
    expect(fetchMock).not.toHaveBeenCalledWith(
      expect.stringContaining('/bravo'),
      expect.anything(),
    );

    await userEvent.click(screen.getByTestId('outbox-open'));
    expect(screen.getByTestId('outbox-item')).toHaveTextContent('En attente du réseau');
  });

  it('a comment clears its field and says it waits', async () => {
    mockApi({ 'GET /api/v1/posts/1/comments': [], 'GET /api/v1/people': [] });
    renderWithProviders(
      <CommentsSection target={{ type: 'post', id: 1 }} currentUsername="camille" />,
    );
    await screen.findByTestId('comment-composer');
    goOffline();

    await userEvent.type(screen.getByTestId('comment-composer-input'), 'Bravo à toute l’équipe');
    await userEvent.click(screen.getByTestId('comment-composer-submit'));

    expect(await screen.findByTestId('comment-queued')).toHaveTextContent(
      'Enregistré : ce sera envoyé dès le retour du réseau.',
    );
    expect(outbox.items().map((item) => [item.type, item.label])).toEqual([
      ['comment', 'Bravo à toute l’équipe'],
    ]);
  });
});
