import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ShopRequestView } from '@/api-types/people';
import { ShopRequestsScreen } from '@/features/admin/components/shop-requests-screen';
import i18n from '@/lib/i18n';
import {
  jsonResponse,
  mockApi,
  problemResponse,
  renderWithProviders,
  sentJson,
} from '@/testing/test-utils';

function request(overrides: Partial<ShopRequestView> = {}): ShopRequestView {
  return {
    id: 7,
    person: { username: 'zoe', displayName: 'Zoé Roux', shop: 'paris-opera' },
    fromShop: { code: 'paris-opera', name: 'Paris Opéra' },
    fromHeadOffice: false,
    toShop: { code: 'lyon-confluence', name: 'Lyon Confluence' },
    toHeadOffice: false,
    status: 'pending',
    createdAt: '2026-12-01T09:00:00Z',
    decidedAt: null,
    reason: null,
    ...overrides,
  };
}

describe('ShopRequestsScreen', () => {
  it('lists pending requests as cards and approves one', async () => {
    let pending = [request(), request({ id: 8, toShop: null, toHeadOffice: true })];
    const fetchMock = mockApi({
      'GET /api/v1/admin/shop-requests': () => jsonResponse({ items: pending, nextCursor: null }),
      'POST /api/v1/admin/shop-requests/7/approve': () => {
        pending = pending.filter((item) => item.id !== 7);
        return jsonResponse(request({ status: 'approved' }));
      },
    });
    renderWithProviders(<ShopRequestsScreen />);

    const cards = await screen.findAllByTestId('shop-request');
    expect(cards).toHaveLength(2);
    const [first, second] = cards as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('shop-request-move')).toHaveTextContent(
      'Paris Opéra→versLyon Confluence',
    );
    expect(within(second).getByTestId('shop-request-move')).toHaveTextContent('Siège');
    expect(within(first).getByRole('link', { name: 'Zoé Roux' })).toHaveAttribute(
      'href',
      '/people/zoe',
    );

    await userEvent.click(within(first).getByRole('button', { name: 'Accepter' }));

    await waitFor(() => {
      expect(screen.getAllByTestId('shop-request')).toHaveLength(1);
    });
    expect(sentJson(fetchMock, 'POST /api/v1/admin/shop-requests/7/approve')).toEqual({});
  });

  it('declines with an optional reason, in English', async () => {
    await i18n.changeLanguage('en');
    let pending = [request()];
    const fetchMock = mockApi({
      'GET /api/v1/admin/shop-requests': () => jsonResponse({ items: pending, nextCursor: null }),
      'POST /api/v1/admin/shop-requests/7/decline': () => {
        pending = [];
        return jsonResponse(request({ status: 'declined' }));
      },
    });
    renderWithProviders(<ShopRequestsScreen />);

    const card = await screen.findByTestId('shop-request');
    await userEvent.click(within(card).getByRole('button', { name: 'Decline' }));
    await userEvent.type(
      within(card).getByLabelText('Reason (optional, shown to the person)'),
      'Still needed in Paris',
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Decline the request' }));

    expect(await screen.findByTestId('shop-requests-empty')).toHaveTextContent(
      'No pending requests.',
    );
    expect(sentJson(fetchMock, 'POST /api/v1/admin/shop-requests/7/decline')).toEqual({
      reason: 'Still needed in Paris',
    });
  });

  it('says when a request was decided meanwhile', async () => {
    mockApi({
      'GET /api/v1/admin/shop-requests': { items: [request()], nextCursor: null },
      'POST /api/v1/admin/shop-requests/7/approve': () =>
        problemResponse({ status: 409, code: 'SHOP_REQUEST_DECIDED' }),
    });
    renderWithProviders(<ShopRequestsScreen />);

    const card = await screen.findByTestId('shop-request');
    await userEvent.click(within(card).getByRole('button', { name: 'Accepter' }));

    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Cette demande a déjà été traitée.',
    );
  });
});
