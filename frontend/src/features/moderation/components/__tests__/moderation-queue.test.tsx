import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ModerationItem } from '@/features/moderation/components/moderation-item';
import { ModerationQueue } from '@/features/moderation/components/moderation-queue';
import { auditEntry, moderationItem, reportDetail } from '@/testing/admin-fixtures';
import { expectLinkTo } from '@/testing/assertions';
import {
  calledUrls,
  jsonResponse,
  mockApi,
  nth,
  problemResponse,
  renderRoutes,
  sentJson,
  writeCalls,
} from '@/testing/test-utils';

function renderQueue(initialPath = '/moderation') {
  const router = renderRoutes(
    [
      { path: '/moderation', element: <ModerationQueue /> },
      {
        path: '/moderation/:type/:id',
        element: <ModerationItem type="post" id="42" />,
      },
    ],
    initialPath,
  );
  return router;
}

const QUEUE = '/api/v1/moderation/queue';

describe('moderation queue', () => {
  it('shows each piece of content once, with every report and the reasons counted', async () => {
    const video = moderationItem({
      type: 'video',
      id: 'c0ffee00-0000-4000-8000-000000000001',
      title: 'Visite du magasin',
      pageType: 'entry',
      pageId: '7',
      state: 'pending_review',
      commentsLocked: null,
      openCase: {
        id: 8,
        openedAt: '2026-11-28T09:00:00Z',
        reportCount: 1,
        reasons: {},
        flaggedWords: ['arnaque'],
        heldByWatchWord: true,
      },
      reports: [reportDetail({ id: 9, reporter: null, reason: 'other' })],
    });
    mockApi({
      [`GET ${QUEUE}`]: ({ url }) =>
        url.searchParams.get('cursor') === 'page-2'
          ? // The post came back on the next page (a new report moved it): it must not show twice.
            jsonResponse({ items: [moderationItem(), video], nextCursor: null })
          : jsonResponse({ items: [moderationItem()], nextCursor: 'page-2' }),
    });
    renderQueue();

    const first = await screen.findByTestId('modq-item');
    expectLinkTo(first, 'Promo à ne pas rater', '/moderation/post/42');
    expect(within(first).getByTestId('modq-state')).toHaveTextContent('Visible');
    expect(within(first).getByTestId('modq-report-count')).toHaveTextContent('2 signalements');
    expect(within(first).getByTestId('modq-reason-count')).toHaveTextContent(
      'Spam ou publicité : 2',
    );
    const reports = within(first).getAllByTestId('modq-report');
    expect(reports.map((report) => report.textContent)).toEqual([
      expect.stringContaining('Lucas Bernard'),
      expect.stringContaining('Inès Moreau'),
    ]);
    expect(nth(reports, 1)).toHaveTextContent('Lien vers un site externe');
    expect(within(first).getByTestId('modq-page-link')).toHaveAttribute('href', '/posts/42');

    await userEvent.click(screen.getByTestId('modq-load-more'));

    await waitFor(() => {
      expect(screen.getAllByTestId('modq-item')).toHaveLength(2);
    });
    const second = nth(screen.getAllByTestId('modq-item'), 1);
    expect(within(second).getByTestId('modq-type')).toHaveTextContent('Vidéo');
    expect(within(second).getByTestId('modq-state')).toHaveTextContent('En attente d’examen');
    expect(within(second).getByTestId('modq-held')).toBeInTheDocument();
    expect(within(second).getByTestId('modq-flagged-words')).toHaveTextContent('arnaque');
    expect(within(second).getByTestId('modq-report')).toHaveTextContent('mot surveillé');
    expect(within(second).getByTestId('modq-page-link')).toHaveAttribute(
      'href',
      '/entries/7?video=c0ffee00-0000-4000-8000-000000000001',
    );
  });

  it('keeps the tab and the content type in the URL and asks the server for them', async () => {
    const fetchMock = mockApi({ [`GET ${QUEUE}`]: { items: [], nextCursor: null } });
    const router = renderQueue();

    expect(await screen.findByTestId('modq-empty')).toHaveTextContent('Rien à examiner');
    await userEvent.click(screen.getByTestId('modq-tab-closed'));
    await userEvent.selectOptions(screen.getByLabelText('Type de contenu'), 'comment');

    await waitFor(() => {
      expect(calledUrls(fetchMock)).toContain(`${QUEUE}?status=closed&type=comment`);
    });
    expect(router.state.location.search).toBe('?status=closed&type=comment');
    expect(screen.getByTestId('modq-tab-closed')).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByTestId('modq-empty')).toHaveTextContent('Aucun dossier traité');
  });

  it('says how each closed case ended, in the words of the server’s outcomes', async () => {
    const closed = (id: string, outcome: string) =>
      moderationItem({
        id,
        pageId: id,
        openCase: null,
        closedCase: {
          id,
          closedAt: '2026-11-28T11:00:00Z',
          outcome,
          closedBy: { username: 'nadia', displayName: 'Nadia Petit', shop: null },
        },
      });
    mockApi({
      [`GET ${QUEUE}`]: {
        items: [
          closed('1', 'dismissed'),
          closed('2', 'hidden'),
          closed('3', 'restored'),
          closed('4', 'deleted'),
        ],
        nextCursor: null,
      },
    });
    renderQueue('/moderation?status=closed');

    await waitFor(() => {
      expect(screen.getAllByTestId('modq-closed')).toHaveLength(4);
    });
    expect(screen.getAllByTestId('modq-closed').map((p) => p.textContent)).toEqual([
      expect.stringContaining('Clos (signalements rejetés) par Nadia Petit'),
      expect.stringContaining('Clos (contenu masqué) par Nadia Petit'),
      expect.stringContaining('Clos (contenu rétabli) par Nadia Petit'),
      expect.stringContaining('Clos (contenu supprimé) par Nadia Petit'),
    ]);
  });

  it('asks for a reason before acting, then refreshes the queue', async () => {
    let queueCalls = 0;
    const fetchMock = mockApi({
      [`GET ${QUEUE}`]: () => {
        queueCalls += 1;
        return jsonResponse({
          items: queueCalls === 1 ? [moderationItem()] : [],
          nextCursor: null,
        });
      },
      'POST /api/v1/moderation/items/post/42/actions': moderationItem({
        state: 'hidden',
        hiddenReason: 'Publicité',
        openCase: null,
        availableActions: ['restore', 'delete', 'warn'],
      }),
    });
    renderQueue();

    await userEvent.click(await screen.findByTestId('modq-action-hide'));
    const dialog = screen.getByRole('dialog', { name: 'Masquer ce contenu' });
    const reason = within(dialog).getByLabelText('Motif (obligatoire)');
    expect(reason).toBeRequired();

    await userEvent.click(within(dialog).getByTestId('modq-action-submit'));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Ce champ est obligatoire.'),
    );
    expect(writeCalls(fetchMock)).toEqual([]);

    await userEvent.type(reason, '  Publicité  ');
    await userEvent.click(within(dialog).getByTestId('modq-action-submit'));

    expect(await screen.findByTestId('modq-queue-done')).toHaveTextContent('Contenu masqué.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sentJson(fetchMock, 'POST /api/v1/moderation/items/post/42/actions')).toEqual({
      action: 'hide',
      reason: 'Publicité',
    });
    expect(await screen.findByTestId('modq-empty')).toBeInTheDocument();
    expect(queueCalls).toBe(2);
  });

  it('calls the warning a message to the author', async () => {
    const fetchMock = mockApi({
      [`GET ${QUEUE}`]: { items: [moderationItem()], nextCursor: null },
      'POST /api/v1/moderation/items/post/42/actions': moderationItem(),
    });
    renderQueue();

    await userEvent.click(await screen.findByTestId('modq-action-warn'));
    const dialog = screen.getByRole('dialog', { name: 'Avertir l’auteur' });
    await userEvent.type(
      within(dialog).getByLabelText('Message à l’auteur (obligatoire)'),
      'Pas de publicité ici',
    );
    await userEvent.click(within(dialog).getByTestId('modq-action-submit'));

    await waitFor(() => {
      expect(sentJson(fetchMock, 'POST /api/v1/moderation/items/post/42/actions')).toEqual({
        action: 'warn',
        reason: 'Pas de publicité ici',
      });
    });
  });

  it('explains an action that no longer applies, and shows the content as it is now', async () => {
    let itemCalls = 0;
    mockApi({
      'GET /api/v1/moderation/items/post/42': () => {
        itemCalls += 1;
        // Someone else hid it meanwhile.
        return jsonResponse(
          itemCalls === 1
            ? moderationItem()
            : moderationItem({ state: 'hidden', availableActions: ['restore', 'delete', 'warn'] }),
        );
      },
      'POST /api/v1/moderation/items/post/42/actions': () =>
        problemResponse({ status: 409, code: 'ACTION_NOT_APPLICABLE' }),
    });
    renderQueue('/moderation/post/42');

    await userEvent.click(await screen.findByTestId('modq-action-dismiss'));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByTestId('modq-reason'), 'Rien à redire');
    await userEvent.click(within(dialog).getByTestId('modq-action-submit'));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Cette action ne s’applique pas (ou plus) à ce contenu',
    );
    await waitFor(() => {
      expect(screen.getByTestId('modq-state')).toHaveTextContent('Masqué');
    });
    expect(screen.queryByTestId('modq-action-dismiss')).not.toBeInTheDocument();
  });

  it('shows a 422 on the reason next to the field', async () => {
    mockApi({
      'GET /api/v1/moderation/items/post/42': moderationItem(),
      'POST /api/v1/moderation/items/post/42/actions': () =>
        problemResponse({
          status: 422,
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'reason', code: 'TOO_LONG', message: 'Too long' }],
        }),
    });
    renderQueue('/moderation/post/42');

    await userEvent.click(await screen.findByTestId('modq-action-hide'));
    const reason = screen.getByTestId('modq-reason');
    await userEvent.type(reason, 'Trop long');
    await userEvent.click(screen.getByTestId('modq-action-submit'));

    await waitFor(() => {
      expect(reason).toHaveAttribute('aria-invalid', 'true');
    });
    expect(screen.getByTestId('field-error-TOO_LONG')).toBeInTheDocument();
  });

  it('shows the item page with the author history and the moderation trail', async () => {
    mockApi({
      'GET /api/v1/moderation/items/post/42': moderationItem({
        authorHistory: {
          posts: 12,
          comments: 30,
          entries: 2,
          moderationActions: 3,
          warnings: 1,
          suspendedUntil: null,
          suspended: true,
        },
        history: [
          auditEntry({ id: 2, action: 'author.warn', reason: 'Dernier avertissement' }),
          auditEntry({ id: 1, actor: null, action: 'content.flag', reason: null }),
        ],
      }),
    });
    renderQueue('/moderation/post/42');

    const history = await screen.findByTestId('modq-author-history');
    expect(history).toHaveTextContent('Historique de Marc Durand');
    expect(within(history).getByTestId('modq-author-suspension')).toHaveTextContent(
      'Suspendu sans limite de durée',
    );
    const trail = screen.getAllByTestId('modq-trail-entry');
    expect(nth(trail, 0)).toHaveTextContent('Auteur averti');
    expect(nth(trail, 0)).toHaveTextContent('Dernier avertissement');
    expect(nth(trail, 1)).toHaveTextContent('Repéré par un mot surveillé');
    expect(nth(trail, 1)).toHaveTextContent('Bravo');
  });
});
