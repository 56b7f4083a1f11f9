import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReportButton } from '@/features/reports/components/report-button';
import i18n from '@/lib/i18n';
import { reportRequest } from '@/testing/fixtures';
import {
  calledUrls,
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
  validationProblem,
} from '@/testing/test-utils';

const REPORT = {
  id: 31,
  contentType: 'comment',
  contentId: '12',
  reason: 'spam',
  details: null,
  createdAt: '2026-12-01T10:00:00Z',
  status: 'received',
};

async function openDialog(
  routes: Parameters<typeof mockApi>[0] = {},
  name = 'Signaler ce commentaire',
) {
  const fetchMock = mockApi(routes);
  renderWithProviders(<ReportButton content={{ type: 'comment', id: '12' }} />);
  await userEvent.click(screen.getByRole('button', { name }));
  const dialog = screen.getByRole('dialog', { name });
  return { fetchMock, dialog };
}

const reportCalls = (fetchMock: ReturnType<typeof mockApi>) =>
  calledUrls(fetchMock).filter((url) => url === '/api/v1/reports');

/** The dialog, open, on a server that refuses the report with `code` on `field`. */
function openDialogRefusing(field: string, code: string, message: string) {
  return openDialog({
    'POST /api/v1/reports': () => validationProblem([{ field, code, message }]),
  });
}

describe('ReportButton', () => {
  it('asks for a reason before sending anything, and says so next to the choices', async () => {
    const { fetchMock, dialog } = await openDialog();
    const reasons = within(dialog).getByRole('group', {
      name: 'Pourquoi signalez-vous ce contenu ?',
    });
    expect(
      within(reasons)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'Spam ou publicité',
      'Contenu inapproprié ou blessant',
      'Vie privée d’un client (montré ou nommé sans son accord)',
      'Information erronée',
      'Autre raison',
    ]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(reasons).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(within(reasons).getByRole('radio', { name: 'Spam ou publicité' })).toHaveFocus();
    expect(reportCalls(fetchMock)).toHaveLength(0);
  });

  it('requires details for "other", and sends the report once they are given', async () => {
    const { fetchMock, dialog } = await openDialog({
      'POST /api/v1/reports': () => jsonResponse(REPORT, { status: 201 }),
    });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Autre raison' }));
    const details = within(dialog).getByRole('textbox', { name: 'Précisez (obligatoire)' });
    expect(details).toBeRequired();
    expect(details).toHaveAttribute('maxlength', '1000');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(details).toHaveFocus();
    expect(details).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByTestId('field-error-REQUIRED')).toHaveTextContent(
      'Ce champ est obligatoire.',
    );
    expect(reportCalls(fetchMock)).toHaveLength(0);

    await userEvent.type(details, '  Numéro de carte d’un client visible  ');
    expect(within(dialog).queryByTestId('field-error-REQUIRED')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Signalement reçu — un modérateur va l’examiner.',
    );
    expect(sentJson(fetchMock, 'POST /api/v1/reports')).toEqual(
      reportRequest({ reason: 'other', details: 'Numéro de carte d’un client visible' }),
    );
    expect(within(dialog).getByTestId('report-close')).toHaveFocus();
    await userEvent.click(within(dialog).getByTestId('report-close'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signaler ce commentaire' })).toHaveFocus();
  });

  it('sends no details for a reason that speaks for itself when none were written', async () => {
    await i18n.changeLanguage('en');
    const { fetchMock, dialog } = await openDialog(
      { 'POST /api/v1/reports': () => jsonResponse(REPORT, { status: 201 }) },
      'Report this comment',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Details (optional)' })).not.toBeRequired();

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Spam or advertising' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the report' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Report received — a moderator will look at it.',
    );
    expect(sentJson(fetchMock, 'POST /api/v1/reports')).toEqual(reportRequest());
  });

  it('thanks rather than fails when the same person already reported it', async () => {
    const { dialog } = await openDialog({
      'POST /api/v1/reports': () => problemResponse({ status: 409, code: 'ALREADY_REPORTED' }),
    });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Information erronée' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Vous avez déjà signalé ce contenu : un modérateur va l’examiner. Merci !',
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
  });

  it('shows the server’s field errors under their fields', async () => {
    const { dialog } = await openDialogRefusing('details', 'TOO_LONG', 'max 1000');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Spam ou publicité' }));
    await userEvent.type(within(dialog).getByRole('textbox'), 'Lien vers un site de paris');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    const details = within(dialog).getByRole('textbox');
    await waitFor(() => {
      expect(details).toHaveAccessibleDescription(/^C’est trop long\./);
    });
    expect(within(dialog).queryByTestId('report-error')).not.toBeInTheDocument();
  });

  it('explains a refusal of one’s own content', async () => {
    const { dialog } = await openDialogRefusing('contentId', 'OWN_CONTENT', 'own');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Spam ou publicité' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Vous ne pouvez pas signaler votre propre contenu.',
    );
  });

  it('starts afresh when opened again after being cancelled', async () => {
    const { dialog } = await openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Autre raison' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));

    await userEvent.click(screen.getByRole('button', { name: 'Signaler ce commentaire' }));

    expect(screen.getByRole('radio', { name: 'Autre raison' })).not.toBeChecked();
  });
});
