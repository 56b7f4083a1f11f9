import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MeRoute } from '@/app/routes/me';
import { ADMIN_ME } from '@/testing/admin-fixtures';
import { SHOP_CHOICES } from '@/testing/fixtures';
import { ME_FIXTURE, mockApi, renderWithProviders } from '@/testing/test-utils';

const SHOPS = SHOP_CHOICES.slice(0, 1);

describe('The me page: where I work', () => {
  it('says head office, and offers to change it from the phone', async () => {
    mockApi({
      'GET /api/v1/me': { ...ME_FIXTURE, shop: null, headOffice: true },
      'GET /api/v1/shops': SHOPS,
    });
    renderWithProviders(<MeRoute />, { route: '/me' });

    expect(await screen.findByText('Siège', { selector: '.me-page__shop' })).toBeInTheDocument();
    const section = screen.getByTestId('my-shop');
    // The header already says where: the section does not repeat it.
    expect(within(section).queryByTestId('my-shop-place')).not.toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Changer de boutique' }));
    expect(await screen.findByTestId('pick-shop-paris-opera')).toBeInTheDocument();
  });

  it('shows a pending request to an admin without a shop', async () => {
    mockApi({
      'GET /api/v1/me': {
        ...ADMIN_ME,
        shop: null,
        shopRequest: {
          id: 3,
          toShop: null,
          toHeadOffice: true,
          createdAt: '2026-12-01T09:00:00Z',
        },
      },
      'GET /api/v1/shops': SHOPS,
    });
    renderWithProviders(<MeRoute />, { route: '/me' });

    expect(
      await screen.findByText('Aucune boutique', { selector: '.me-page__shop' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('my-shop-request')).toHaveTextContent('Demande en cours : Siège');
    expect(screen.getByRole('button', { name: 'Annuler la demande' })).toBeInTheDocument();
  });
});
