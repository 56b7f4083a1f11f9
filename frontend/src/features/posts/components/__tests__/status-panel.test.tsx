import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PostStatus } from '@/api-types/posts';
import { PostDetail } from '@/features/posts/components/post-detail';
import { postView } from '@/testing/fixtures';
import { mockApi, problemResponse, renderWithProviders, sentJson } from '@/testing/test-utils';

function renderModerated(status: PostStatus | null, overrides = {}) {
  const fetchMock = mockApi({
    'GET /api/v1/posts/1': postView({ kind: 'idea', status, canModerate: true, ...overrides }),
    'PUT /api/v1/posts/1/status': ({ body }) => {
      const { status: next } = body as { status: PostStatus };
      return new Response(
        JSON.stringify(postView({ kind: 'idea', status: next, canModerate: true })),
        {
          headers: { 'Content-Type': 'application/json' },
        },
      );
    },
  });
  renderWithProviders(
    <PostDetail id={1} currentUsername="nadia" isAdmin={false} onDeleted={() => undefined} />,
  );
  return fetchMock;
}

const offered = () =>
  within(screen.getByTestId('status-select'))
    .getAllByRole('option')
    .map((option) => option.getAttribute('value'));

describe('status panel', () => {
  it('offers only "under review" for a new idea, then the next steps', async () => {
    const fetchMock = renderModerated('new');

    expect(await screen.findByTestId('status-panel')).toBeInTheDocument();
    expect(offered()).toEqual(['under_review']);
    await userEvent.click(screen.getByTestId('status-submit'));

    await waitFor(() => {
      expect(offered()).toEqual(['adopted', 'declined']);
    });
    expect(screen.getByTestId('status-badge')).toHaveTextContent('À l’étude');
    expect(sentJson(fetchMock, 'PUT /api/v1/posts/1/status')).toEqual({
      status: 'under_review',
      reason: null,
    });
  });

  it('requires a reason to decline', async () => {
    const fetchMock = renderModerated('under_review');
    await screen.findByTestId('status-panel');

    await userEvent.selectOptions(screen.getByTestId('status-select'), 'declined');
    const reason = screen.getByLabelText('Motif (obligatoire)');
    expect(reason).toBeRequired();
    await userEvent.click(screen.getByTestId('status-submit'));

    expect(reason).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await userEvent.type(reason, 'Hors budget cette année');
    await userEvent.click(screen.getByTestId('status-submit'));

    await waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(2);
    });
    expect(sentJson(fetchMock, 'PUT /api/v1/posts/1/status')).toEqual({
      status: 'declined',
      reason: 'Hors budget cette année',
    });
  });

  it('shows the server refusal of a stale transition', async () => {
    mockApi({
      'GET /api/v1/posts/1': postView({ kind: 'idea', status: 'new', canModerate: true }),
      'PUT /api/v1/posts/1/status': () =>
        problemResponse({ status: 409, code: 'INVALID_STATUS_TRANSITION' }),
    });
    renderWithProviders(
      <PostDetail id={1} currentUsername="nadia" isAdmin={false} onDeleted={() => undefined} />,
    );

    await userEvent.click(await screen.findByTestId('status-submit'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce changement de statut n’est pas possible',
    );
  });

  it('says a final status cannot change', async () => {
    renderModerated('adopted');
    expect(await screen.findByTestId('status-final')).toHaveTextContent('Ce statut est définitif.');
    expect(screen.queryByTestId('status-select')).not.toBeInTheDocument();
  });

  it('has no panel for practices or for people who cannot moderate', async () => {
    renderModerated(null, { kind: 'practice' });
    await screen.findByTestId('post-detail');
    expect(screen.queryByTestId('moderation')).not.toBeInTheDocument();
  });

  it('has no panel without the moderation right', async () => {
    renderModerated('new', { canModerate: false });
    await screen.findByTestId('post-detail');
    expect(screen.queryByTestId('status-panel')).not.toBeInTheDocument();
  });
});
