import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logout } from '@/lib/auth';
import i18n from '@/lib/i18n';
import { outbox } from '@/lib/offline/outbox-instance';
import type { OutboxItem } from '@/lib/offline/outbox';
import { LogoutButton } from '@/features/profile/components/logout-button';
import { UserMenu } from '@/features/profile/components/user-menu';
import { TEST_USER_ID } from '@/testing/mock-auth';
import { ApiError } from '@/lib/api-client';
import { ME_FIXTURE, mockApi, renderWithProviders } from '@/testing/test-utils';

let online = true;
const send = vi.fn<(item: OutboxItem) => Promise<unknown>>(() => Promise.resolve('sent'));

beforeEach(async () => {
  online = false;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  send.mockReset();
  send.mockResolvedValue('sent');
  outbox.registerSender('test-note', send);
  await outbox.setOwner(TEST_USER_ID);
  vi.mocked(logout).mockClear();
});

afterEach(async () => {
  for (const item of outbox.items()) await outbox.discard(item.id);
  await outbox.setOwner(null);
});

const note = (label: string) => outbox.add({ type: 'test-note', label, payload: label });

describe('logging out with things not sent yet', () => {
  it('logs out at once when nothing waits', async () => {
    renderWithProviders(<LogoutButton />);
    await userEvent.click(screen.getByTestId('logout'));
    expect(logout).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('logout-warning')).not.toBeInTheDocument();
  });

  it('asks first, says how many would be erased, and logs out only when told to', async () => {
    await note('Bravo');
    await note('Commentaire');
    renderWithProviders(<LogoutButton />);

    await userEvent.click(screen.getByTestId('logout'));

    const dialog = screen.getByRole('dialog', { name: 'Pas encore envoyé' });
    expect(dialog).toHaveTextContent(
      '2 choses que vous avez faites n’ont pas encore été envoyées.',
    );
    expect(dialog).toHaveTextContent('Vous déconnecter les efface de ce téléphone.');
    expect(screen.getByTestId('logout-warning-offline')).toBeInTheDocument();
    expect(screen.getByTestId('logout-send-first')).toBeDisabled();
    expect(logout).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Me déconnecter quand même' }));
    expect(logout).toHaveBeenCalledTimes(1);
  });

  it('closing the question keeps the person signed in, with their items', async () => {
    await note('Bravo');
    renderWithProviders(<LogoutButton />);
    await userEvent.click(screen.getByTestId('logout'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('logout-warning')).not.toBeInTheDocument();
    expect(logout).not.toHaveBeenCalled();
    expect(outbox.items()).toHaveLength(1);
  });

  it('sends them first, failed ones too, then offers to log out', async () => {
    send.mockRejectedValueOnce(new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE' }));
    online = true;
    await note('Refusé une fois');
    await waitFor(() => {
      expect(outbox.items().map((item) => item.state)).toEqual(['failed']);
    });
    online = false;
    await note('En attente');
    renderWithProviders(<LogoutButton />);
    await userEvent.click(screen.getByTestId('logout'));
    expect(screen.getByTestId('logout-warning')).toHaveTextContent(
      '1 d’entre elles n’a pas pu être envoyée',
    );

    online = true;
    window.dispatchEvent(new Event('online'));
    await userEvent.click(await screen.findByRole('button', { name: 'Les envoyer d’abord' }));

    expect(await screen.findByTestId('logout-warning-sent')).toHaveTextContent(
      'Tout a été envoyé.',
    );
    expect(send.mock.calls.map(([item]) => item.payload)).toEqual([
      'Refusé une fois',
      'Refusé une fois',
      'En attente',
    ]);
    expect(logout).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('logout-confirm'));
    expect(logout).toHaveBeenCalledTimes(1);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    await note('Bravo');
    renderWithProviders(<LogoutButton />);
    await userEvent.click(screen.getByTestId('logout'));
    expect(screen.getByRole('dialog', { name: 'Not sent yet' })).toHaveTextContent(
      '1 thing you did has not been sent yet.',
    );
    expect(screen.getByRole('button', { name: 'Send them first' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out anyway' })).toBeInTheDocument();
  });

  it('from the user menu, the question stays open while the person answers it', async () => {
    mockApi({ 'GET /api/v1/me': ME_FIXTURE });
    await note('Bravo');
    renderWithProviders(<UserMenu />);
    await userEvent.click(screen.getByTestId('user-menu-button'));
    await userEvent.click(await screen.findByTestId('logout'));

    await userEvent.click(screen.getByTestId('logout-anyway'));
    expect(logout).toHaveBeenCalledTimes(1);
  });
});
