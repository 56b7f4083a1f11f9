import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuditLog } from '@/features/admin/components/audit-log';
import { auditEntry } from '@/testing/admin-fixtures';
import { TEST_ACCESS_TOKEN } from '@/testing/mock-auth';
import { calledUrls, mockApi, nth, renderRoutes } from '@/testing/test-utils';

const AUDIT = '/api/v1/admin/audit';

function renderAudit(initialPath: string) {
  return renderRoutes([{ path: '/admin/audit', element: <AuditLog /> }], initialPath);
}

describe('audit log', () => {
  it('reads its filters from the URL, and writes the applied ones back', async () => {
    const fetchMock = mockApi({ [`GET ${AUDIT}`]: { items: [auditEntry()], nextCursor: null } });
    const router = renderAudit('/admin/audit?action=content.hide&actor=nadia&from=2026-11-01');

    await screen.findByTestId('audit-entry');
    expect(calledUrls(fetchMock)).toEqual([
      `${AUDIT}?action=content.hide&actor=nadia&from=2026-11-01`,
    ]);
    expect(screen.getByLabelText('Action')).toHaveValue('content.hide');
    expect(screen.getByLabelText('Auteur de l’action (identifiant)')).toHaveValue('nadia');
    expect(screen.getByLabelText('Du')).toHaveValue('2026-11-01');

    await userEvent.type(screen.getByLabelText('Rechercher (motif, titre, personne)'), 'promo');
    await userEvent.selectOptions(screen.getByLabelText('Type de contenu'), 'comment');
    await userEvent.clear(screen.getByLabelText('Auteur de l’action (identifiant)'));
    await userEvent.click(screen.getByTestId('audit-apply'));

    await waitFor(() => {
      expect(router.state.location.search).toBe(
        '?action=content.hide&from=2026-11-01&q=promo&contentType=comment',
      );
    });
    await waitFor(() => {
      expect(calledUrls(fetchMock)).toContain(
        `${AUDIT}?q=promo&action=content.hide&contentType=comment&from=2026-11-01`,
      );
    });

    await userEvent.click(screen.getByTestId('audit-clear'));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    expect(screen.getByLabelText('Action')).toHaveValue('');
  });

  it('ignores a malformed date in the URL rather than failing', async () => {
    const fetchMock = mockApi({ [`GET ${AUDIT}`]: { items: [], nextCursor: null } });
    renderAudit('/admin/audit?from=yesterday&contentType=song&q=%20');

    expect(await screen.findByTestId('audit-empty')).toHaveTextContent('Le journal est vide.');
    expect(calledUrls(fetchMock)).toEqual([AUDIT]);
  });

  it('shows who did what, and what changed, readably', async () => {
    mockApi({
      [`GET ${AUDIT}`]: {
        items: [
          auditEntry({
            action: 'shop.update',
            contentType: null,
            contentId: null,
            contentTitle: null,
            subject: null,
            reason: null,
            before: { name: 'Lyon', active: true, city: 'Lyon' },
            after: { name: 'Lyon Part-Dieu', active: false, city: 'Lyon' },
          }),
          auditEntry({ id: 2, actor: null, action: 'content.auto_hide' }),
          auditEntry({ id: 3, action: 'something.new' }),
        ],
        nextCursor: null,
      },
    });
    renderAudit('/admin/audit');

    const entries = await screen.findAllByTestId('audit-entry');
    const first = nth(entries, 0);
    expect(within(first).getByTestId('audit-entry-action')).toHaveTextContent('Boutique modifiée');
    expect(within(first).getByTestId('audit-entry-actor')).toHaveTextContent(
      'par Nadia Petit (nadia)',
    );
    const changes = within(first).getByTestId('audit-entry-changes');
    expect(changes).toHaveTextContent('NomLyon → Lyon Part-Dieu');
    expect(changes).toHaveTextContent('OuverteOui → Non');
    expect(changes).not.toHaveTextContent('city');

    const second = nth(entries, 1);
    expect(second).toHaveTextContent('Masqué automatiquement (signalements)');
    expect(second).toHaveTextContent('par Bravo (automatique)');
    expect(within(second).getByRole('link', { name: 'Promo à ne pas rater' })).toHaveAttribute(
      'href',
      '/moderation/post/42',
    );
    expect(within(nth(entries, 2)).getByTestId('audit-entry-action')).toHaveTextContent(
      'something.new',
    );
  });

  it('exports the current filters as CSV, fetched with the token', async () => {
    const fetchMock = mockApi({
      [`GET ${AUDIT}`]: { items: [auditEntry()], nextCursor: null },
      [`GET ${AUDIT}/export`]: () =>
        new Response('at,action\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:audit');
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderAudit('/admin/audit?actor=nadia');
    await screen.findByTestId('audit-entry');

    await userEvent.click(screen.getByRole('button', { name: 'Exporter ces résultats en CSV' }));

    await waitFor(() => {
      expect(click).toHaveBeenCalledTimes(1);
    });
    const index = calledUrls(fetchMock).indexOf(`${AUDIT}/export?actor=nadia`);
    expect(index).toBeGreaterThan(-1);
    expect(new Headers(fetchMock.mock.calls[index]?.[1]?.headers).get('Authorization')).toBe(
      `Bearer ${TEST_ACCESS_TOKEN}`,
    );
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('at,action\n');
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.href).toBe('blob:audit');
    expect(link.download).toMatch(/^bravo-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
