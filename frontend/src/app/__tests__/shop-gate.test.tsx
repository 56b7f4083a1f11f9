import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShopGate } from '@/app/shop-gate';
import { jsonResponse, ME_FIXTURE, mockApi, renderWithProviders } from '@/testing/test-utils';

const shop = (code: string, name: string, city: string, active = true) => ({
  code,
  name,
  city,
  region: 'Région',
  active,
  peopleCount: 3,
  postCount: 1,
});

describe('ShopGate', () => {
  it('asks a user without a shop to pick one, then lets them in', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': { ...ME_FIXTURE, shop: null, needsShop: true },
      'GET /api/v1/shops': [
        shop('lyon-confluence', 'Lyon Confluence', 'Lyon'),
        shop('paris-opera', 'Paris Opéra', 'Paris'),
        shop('old', 'Ancienne boutique', 'Paris', false),
      ],
      'PUT /api/v1/me/shop': ({ body }) =>
        jsonResponse({ ...ME_FIXTURE, shop: (body as { shop: string }).shop, needsShop: false }),
    });

    renderWithProviders(
      <ShopGate>
        <p>contenu</p>
      </ShopGate>,
    );

    expect(
      await screen.findByRole('heading', { name: 'Dans quelle boutique travaillez-vous ?' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('contenu')).not.toBeInTheDocument();
    await screen.findByTestId('pick-shop-paris-opera');
    expect(screen.queryByTestId('pick-shop-old')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Rechercher une boutique'), 'opera');
    expect(screen.queryByTestId('pick-shop-lyon-confluence')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('pick-shop-paris-opera'));

    expect(await screen.findByText('contenu')).toBeInTheDocument();
    await waitFor(() => {
      const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
      expect(put?.[1]?.body).toBe('{"shop":"paris-opera"}');
    });
  });

  it('shows the content straight away for users who have a shop', async () => {
    mockApi({ 'GET /api/v1/me': ME_FIXTURE });
    renderWithProviders(
      <ShopGate>
        <p>contenu</p>
      </ShopGate>,
    );
    expect(await screen.findByText('contenu')).toBeInTheDocument();
  });
});
