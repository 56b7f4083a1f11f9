import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeView } from '@/api-types/people';
import { MyShopSection } from '@/app/my-shop-section';
import { useMe } from '@/features/profile/api/get-me';
import i18n from '@/lib/i18n';
import { SHOP_CHOICES as SHOPS } from '@/testing/fixtures';
import {
  jsonResponse,
  ME_FIXTURE,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
} from '@/testing/test-utils';

const PENDING = {
  id: 7,
  toShop: 'lyon-confluence',
  toHeadOffice: false,
  createdAt: '2026-12-01T09:00:00Z',
};

function Harness() {
  const me = useMe();
  return me.data ? <MyShopSection me={me.data} /> : null;
}

function renderSection(me: MeView, routes: Parameters<typeof mockApi>[0] = {}) {
  let current = me;
  const fetchMock = mockApi({
    'GET /api/v1/me': () => jsonResponse(current),
    'GET /api/v1/shops': SHOPS,
    ...routes,
  });
  renderWithProviders(<Harness />);
  return {
    fetchMock,
    setMe: (next: MeView) => {
      current = next;
    },
  };
}

describe('MyShopSection', () => {
  it('asks to change shop, shows the pending request, and withdraws it', async () => {
    const { fetchMock, setMe } = renderSection(ME_FIXTURE, {
      'PUT /api/v1/me/shop': () => jsonResponse({ ...ME_FIXTURE, shopRequest: PENDING }),
      'DELETE /api/v1/me/shop-request': () => {
        setMe(ME_FIXTURE);
        return new Response(null, { status: 204 });
      },
    });

    await waitFor(() => {
      expect(screen.getByTestId('my-shop-place')).toHaveTextContent('Paris Opéra');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Changer de boutique' }));
    const dialog = await screen.findByTestId('my-shop-dialog');
    expect(within(dialog).getByText(/Un administrateur valide le changement/)).toBeInTheDocument();
    // Not the shop they already work in, nor a closed one.
    expect(within(dialog).queryByTestId('pick-shop-paris-opera')).not.toBeInTheDocument();
    expect(within(dialog).queryByTestId('pick-shop-old')).not.toBeInTheDocument();
    await userEvent.click(await within(dialog).findByTestId('pick-shop-lyon-confluence'));

    expect(await screen.findByTestId('my-shop-notice')).toHaveTextContent(
      'Demande envoyée : un administrateur va l’examiner.',
    );
    expect(sentJson(fetchMock, 'PUT /api/v1/me/shop')).toEqual({ shop: 'lyon-confluence' });
    expect(screen.queryByTestId('my-shop-dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('my-shop-request')).toHaveTextContent(
      'Demande en cours : Lyon Confluence, envoyée le',
    );
    // Until an admin decides, they stay where they are.
    expect(screen.getByTestId('my-shop-place')).toHaveTextContent('Paris Opéra');

    await userEvent.click(screen.getByRole('button', { name: 'Annuler la demande' }));
    await waitFor(() => {
      expect(screen.queryByTestId('my-shop-request')).not.toBeInTheDocument();
    });
    expect(screen.getByTestId('my-shop-notice')).toHaveTextContent('Demande annulée.');
  });

  it('shows head office, and moves to a shop at once when the server applies changes directly', async () => {
    await i18n.changeLanguage('en');
    const headOffice = { ...ME_FIXTURE, shop: null, headOffice: true };
    renderSection(headOffice, {
      'PUT /api/v1/me/shop': () =>
        jsonResponse({ ...ME_FIXTURE, shop: 'lyon-confluence', headOffice: false }),
    });

    expect(await screen.findByTestId('my-shop-place')).toHaveTextContent('Head office');
    await userEvent.click(screen.getByRole('button', { name: 'Change my shop' }));
    const dialog = await screen.findByTestId('my-shop-dialog');
    // Already at head office: only shops are offered.
    expect(within(dialog).queryByTestId('pick-head-office')).not.toBeInTheDocument();
    await userEvent.click(await within(dialog).findByTestId('pick-shop-lyon-confluence'));

    expect(await screen.findByTestId('my-shop-notice')).toHaveTextContent(
      'Done: you now work at Lyon Confluence.',
    );
    expect(screen.getByTestId('my-shop-place')).toHaveTextContent('Lyon Confluence');
  });

  it('asks to move to head office, and explains a shop that comes from the directory', async () => {
    const { fetchMock } = renderSection(ME_FIXTURE, {
      'PUT /api/v1/me/shop': () =>
        problemResponse({ status: 409, code: 'SHOP_FROM_DIRECTORY', detail: 'server wording' }),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Changer de boutique' }));
    const dialog = await screen.findByTestId('my-shop-dialog');
    await userEvent.click(within(dialog).getByTestId('pick-head-office'));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Votre boutique vient de l’annuaire de l’entreprise',
    );
    expect(sentJson(fetchMock, 'PUT /api/v1/me/shop')).toEqual({ headOffice: true });
    expect(screen.queryByText('server wording')).not.toBeInTheDocument();
  });
});
