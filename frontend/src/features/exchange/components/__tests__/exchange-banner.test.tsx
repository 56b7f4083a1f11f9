import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MyExchangeView } from '@/api-types/guestbook';
import { useMyExchange } from '@/features/exchange/api/exchange-api';
import { ExchangeBanner } from '@/features/exchange/components/exchange-banner';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

function mine(overrides: Partial<MyExchangeView> = {}): MyExchangeView {
  return {
    roundNumber: 3,
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    period: 'monthly',
    shop: { code: 'paris-opera', name: 'Paris Opéra' },
    reading: { code: 'lyon-confluence', name: 'Lyon Confluence' },
    readBy: [{ code: 'lille', name: 'Lille' }],
    engaged: false,
    iEngaged: false,
    ...overrides,
  };
}

/**
 * Tells once the shop's exchange has arrived. The banner reads the same query and is told of the answer in the same
 * render, so once this shows, a banner that is not there will not appear.
 */
function ExchangeLoaded() {
  const exchange = useMyExchange();
  return exchange.isSuccess ? <p>Échange chargé</p> : null;
}

describe('ExchangeBanner', () => {
  it('tells the shop whose guestbook it reads this month and asks for a word', async () => {
    mockApi({ 'GET /api/v1/exchange/mine': mine() });
    renderWithProviders(<ExchangeBanner />);
    expect(await screen.findByTestId('exchange-banner')).toHaveTextContent(
      "Ce mois-ci, votre boutique lit le livre d'or de Lyon Confluence",
    );
    expect(
      screen.getByText(/Laissez au moins un commentaire ou un bravo à Lyon Confluence/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('exchange-banner-open')).toHaveAttribute(
      'href',
      '/guestbooks/lyon-confluence',
    );
  });

  it('thanks the shop once someone from it engaged', async () => {
    mockApi({ 'GET /api/v1/exchange/mine': mine({ engaged: true, period: 'weekly' }) });
    renderWithProviders(<ExchangeBanner />);
    expect(await screen.findByText('Votre boutique a répondu. Merci !')).toBeInTheDocument();
    expect(screen.getByTestId('exchange-banner')).toHaveTextContent('Cette semaine');
  });

  it('stays silent while the shop has nothing to read', async () => {
    mockApi({ 'GET /api/v1/exchange/mine': mine({ reading: null, roundNumber: null }) });
    renderWithProviders(
      <>
        <ExchangeBanner />
        <ExchangeLoaded />
      </>,
    );
    expect(await screen.findByText('Échange chargé')).toBeInTheDocument();
    expect(screen.queryByTestId('exchange-banner')).not.toBeInTheDocument();
  });
});
