import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShopGate } from '@/app/shop-gate';
import { meQueryKey } from '@/features/profile/api/get-me';
import i18n from '@/lib/i18n';
import { ADMIN_ME, MODERATOR_ME } from '@/testing/admin-fixtures';
import {
  jsonResponse,
  ME_FIXTURE,
  mockApi,
  renderWithProviders,
  sentJson,
} from '@/testing/test-utils';

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
    // A choice that can be changed later: never "once and for all".
    expect(screen.getByText(/Vous pourrez en changer plus tard/)).toBeInTheDocument();
    expect(screen.queryByText(/qu’une fois/)).not.toBeInTheDocument();
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

  it('lets someone say they work at head office instead', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/me': { ...ME_FIXTURE, shop: null, needsShop: true },
      'GET /api/v1/shops': [shop('paris-opera', 'Paris Opéra', 'Paris')],
      'PUT /api/v1/me/shop': () =>
        jsonResponse({ ...ME_FIXTURE, shop: null, headOffice: true, needsShop: false }),
    });
    renderWithProviders(
      <ShopGate>
        <p>contenu</p>
      </ShopGate>,
    );

    await userEvent.click(await screen.findByRole('button', { name: /Je travaille au siège/ }));

    expect(await screen.findByText('contenu')).toBeInTheDocument();
    expect(sentJson(fetchMock, 'PUT /api/v1/me/shop')).toEqual({ headOffice: true });
  });

  it('offers head office in English too', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /api/v1/me': { ...ME_FIXTURE, shop: null, needsShop: true },
      'GET /api/v1/shops': [],
    });
    renderWithProviders(
      <ShopGate>
        <p>contenu</p>
      </ShopGate>,
    );
    expect(
      await screen.findByRole('button', { name: /I work at head office/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/You can change it later from your profile/)).toBeInTheDocument();
  });

  it.each([
    ['an admin', ADMIN_ME],
    ['a moderator', MODERATOR_ME],
  ])('never stops %s without a shop, who works for every shop', async (_who, me) => {
    // Even if a server still said so: admins and moderators must reach every page.
    mockApi({ 'GET /api/v1/me': { ...me, shop: null, needsShop: true } });
    const { queryClient } = renderWithProviders(
      <ShopGate>
        <p>contenu</p>
      </ShopGate>,
    );
    await waitFor(() => {
      expect(queryClient.getQueryData(meQueryKey)).toBeDefined();
    });
    expect(screen.getByText('contenu')).toBeInTheDocument();
    expect(screen.queryByTestId('shop-picker')).not.toBeInTheDocument();
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
