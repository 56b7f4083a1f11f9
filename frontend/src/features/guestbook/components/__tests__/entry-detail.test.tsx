import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ContentRef } from '@/api-types/reports';
import { EntryDetail } from '@/features/guestbook/components/entry-detail';
import { entryView } from '@/testing/fixtures';
import { jsonResponse, mockApi, renderWithProviders, sentJson } from '@/testing/test-utils';

function renderEntry(
  currentUsername: string,
  renderReport?: (content: ContentRef) => React.ReactNode,
) {
  renderWithProviders(
    <EntryDetail
      id={7}
      currentUsername={currentUsername}
      onDeleted={vi.fn()}
      onPromoted={vi.fn()}
      renderReport={renderReport}
    />,
  );
}

describe('EntryDetail moderation', () => {
  it('tells its author an entry held for review is seen only by them and moderators', async () => {
    mockApi({ 'GET /api/v1/entries/7': entryView({ hidden: true, pendingReview: true }) });
    renderEntry('camille');

    expect(await screen.findByTestId('entry-hidden')).toHaveTextContent(
      'En attente de vérification',
    );
    expect(screen.getByTestId('entry-moderation-state')).toHaveTextContent(
      'En attente de vérification — seuls vous et les modérateurs pouvez voir ceci',
    );
  });

  it('keeps the moderators’ hide panel, and links to the moderation page', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/entries/7': entryView({ canHide: true }),
      'PUT /api/v1/entries/7/hidden': () =>
        jsonResponse(
          entryView({ canHide: true, hidden: true, hiddenReason: 'Client reconnaissable' }),
        ),
    });
    renderEntry('nadia');

    expect(
      await screen.findByRole('link', { name: 'Modérer cette page de livre d’or' }),
    ).toHaveAttribute('href', '/moderation/entry/7');
    await userEvent.type(screen.getByTestId('entry-hide-reason'), 'Client reconnaissable');
    await userEvent.click(screen.getByTestId('entry-hide'));

    expect(await screen.findByTestId('entry-moderation-state')).toHaveTextContent(
      'Contenu masqué par un modérateur : Client reconnaissable',
    );
    expect(sentJson(fetchMock, 'PUT /api/v1/entries/7/hidden')).toEqual({
      reason: 'Client reconnaissable',
    });
    expect(screen.getByTestId('entry-restore')).toBeInTheDocument();
  });

  it('offers the report action to readers, not to the author', async () => {
    mockApi({ 'GET /api/v1/entries/7': entryView() });
    const renderReport = vi.fn(() => <button type="button">Signaler</button>);

    renderEntry('nadia', renderReport);
    expect(await screen.findByRole('button', { name: 'Signaler' })).toBeInTheDocument();
    expect(renderReport).toHaveBeenLastCalledWith({ type: 'entry', id: '7' });
    expect(screen.queryByTestId('entry-moderate')).not.toBeInTheDocument();
  });

  it('does not offer the author to report their own entry', async () => {
    mockApi({ 'GET /api/v1/entries/7': entryView() });
    const renderReport = vi.fn(() => <button type="button">Signaler</button>);

    renderEntry('camille', renderReport);
    await screen.findByTestId('entry-detail');
    expect(renderReport).not.toHaveBeenCalled();
  });
});
