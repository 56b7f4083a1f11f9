import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SuspendRequest } from '@/api-types/admin';
import { PeopleScreen } from '@/features/admin/components/people-screen';
import { userAdmin } from '@/testing/admin-fixtures';
import {
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
  writeCalls,
} from '@/testing/test-utils';

const USERS = '/api/v1/admin/users';
const SUSPENSION = `${USERS}/marc/suspension`;
const DAY_MS = 24 * 60 * 60 * 1000;

function mockPeople(suspend: (body: SuspendRequest) => Response = () => jsonResponse(userAdmin())) {
  return mockApi({
    [`GET ${USERS}`]: { items: [userAdmin()], nextCursor: null },
    [`PUT ${SUSPENSION}`]: ({ body }) => suspend(body as SuspendRequest),
  });
}

async function openForm() {
  renderWithProviders(<PeopleScreen />);
  await userEvent.click(await screen.findByTestId('user-suspend'));
  return screen.getByRole('dialog', { name: 'Suspendre Marc Durand' });
}

describe('suspension form', () => {
  it('requires a reason, then suspends for seven days from now', async () => {
    const fetchMock = mockPeople();
    const dialog = await openForm();

    expect(within(dialog).getByLabelText('7 jours')).toBeChecked();
    await userEvent.click(within(dialog).getByTestId('suspension-submit'));
    expect(within(dialog).getByLabelText('Motif (obligatoire)')).toHaveAccessibleDescription(
      'Ce champ est obligatoire.',
    );
    expect(writeCalls(fetchMock)).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Motif (obligatoire)'), 'Insultes répétées');
    const before = Date.now();
    await userEvent.click(within(dialog).getByTestId('suspension-submit'));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    const sent = sentJson(fetchMock, `PUT ${SUSPENSION}`) as SuspendRequest;
    expect(sent.reason).toBe('Insultes répétées');
    const until = Date.parse(sent.until ?? '');
    expect(until - before).toBeGreaterThanOrEqual(7 * DAY_MS - 1000);
    expect(until - before).toBeLessThan(7 * DAY_MS + 60_000);
    expect(screen.getByTestId('user-notice')).toHaveTextContent('Marc Durand est suspendu(e).');
  });

  it('suspends indefinitely with a null end', async () => {
    const fetchMock = mockPeople();
    const dialog = await openForm();

    await userEvent.click(within(dialog).getByLabelText('Sans limite de durée'));
    await userEvent.type(within(dialog).getByLabelText('Motif (obligatoire)'), 'Compte partagé');
    await userEvent.click(within(dialog).getByTestId('suspension-submit'));

    await waitFor(() => {
      expect(sentJson(fetchMock, `PUT ${SUSPENSION}`)).toEqual({
        until: null,
        reason: 'Compte partagé',
      });
    });
  });

  it('suspends until the end of a chosen day, and refuses a day in the past', async () => {
    const fetchMock = mockPeople();
    const dialog = await openForm();

    await userEvent.click(within(dialog).getByLabelText('Jusqu’à une date…'));
    await userEvent.type(within(dialog).getByLabelText('Motif (obligatoire)'), 'Enquête en cours');
    const date = within(dialog).getByLabelText('Jusqu’au (inclus)');
    await userEvent.type(date, '2001-01-01');
    await userEvent.click(within(dialog).getByTestId('suspension-submit'));

    expect(within(dialog).getByTestId('suspension-date-error')).toHaveTextContent(
      'Choisissez une date à venir.',
    );
    expect(writeCalls(fetchMock)).toEqual([]);

    await userEvent.clear(date);
    await userEvent.type(date, '2099-03-15');
    await userEvent.click(within(dialog).getByTestId('suspension-submit'));

    await waitFor(() => {
      expect(sentJson(fetchMock, `PUT ${SUSPENSION}`)).toEqual({
        until: new Date(2099, 2, 16).toISOString(),
        reason: 'Enquête en cours',
      });
    });
  });

  it('says an admin cannot suspend themselves', async () => {
    mockPeople(() => problemResponse({ status: 409, code: 'CANNOT_SUSPEND_YOURSELF' }));
    const dialog = await openForm();

    await userEvent.type(within(dialog).getByLabelText('Motif (obligatoire)'), 'Test');
    await userEvent.click(within(dialog).getByTestId('suspension-submit'));

    expect(await within(dialog).findByTestId('suspension-error')).toHaveTextContent(
      'Vous ne pouvez pas suspendre votre propre compte.',
    );
  });

  it('shows a suspension and lifts it once confirmed', async () => {
    let suspended = true;
    const fetchMock = mockApi({
      [`GET ${USERS}`]: () =>
        jsonResponse({
          items: [
            userAdmin({
              suspension: suspended
                ? {
                    since: '2026-11-20T08:00:00Z',
                    until: null,
                    reason: 'Spam',
                    by: { username: 'alice', displayName: 'Alice Admin', shop: null },
                  }
                : null,
            }),
          ],
          nextCursor: null,
        }),
      [`DELETE ${SUSPENSION}`]: () => {
        suspended = false;
        return jsonResponse(userAdmin());
      },
    });
    renderWithProviders(<PeopleScreen />);

    expect(await screen.findByTestId('user-suspended')).toHaveTextContent('Suspendu sans limite');
    expect(screen.getByTestId('user-suspension-reason')).toHaveTextContent(
      '« Spam » — par Alice Admin',
    );
    await userEvent.click(screen.getByTestId('user-lift'));
    await userEvent.click(screen.getByTestId('user-lift-confirm'));

    await waitFor(() => {
      expect(screen.queryByTestId('user-suspended')).not.toBeInTheDocument();
    });
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true);
  });
});
