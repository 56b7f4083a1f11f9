import { useMutation } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useMe } from '@/features/profile/api/get-me';
import { SuspensionBanner } from '@/features/profile/components/suspension-banner';
import { api } from '@/lib/api-client';
import i18n from '@/lib/i18n';
import { ME_FIXTURE, mockApi, problemResponse, renderWithProviders } from '@/testing/test-utils';

const suspendedMe = (until: string | null) => ({
  ...ME_FIXTURE,
  suspension: { until, reason: 'Propos injurieux' },
});

/**
 * Names the person once their profile has arrived. The banner reads the same query and is told of the answer in the
 * same render, so once the name shows, a banner that is not there will not appear.
 */
function ProfileLoaded() {
  const me = useMe();
  return me.data ? <p>{me.data.displayName}</p> : null;
}

/** Any write of the app, as a suspended person would try one. */
function Publish() {
  const publish = useMutation({ mutationFn: () => api.post('/api/v1/posts', {}) });
  return (
    <button
      type="button"
      onClick={() => {
        publish.mutate();
      }}
    >
      Publier
    </button>
  );
}

describe('SuspensionBanner', () => {
  it('says until when a suspended account can only read, and why', async () => {
    mockApi({ 'GET /api/v1/me': suspendedMe('2026-12-24T10:00:00Z') });
    renderWithProviders(<SuspensionBanner />);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Votre compte est suspendu jusqu’au 24 déc. 2026 : Propos injurieux. Vous pouvez lire mais pas publier.',
    );
  });

  it('says so for an indefinite suspension, in English too', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /api/v1/me': suspendedMe(null) });
    renderWithProviders(<SuspensionBanner />);

    expect(await screen.findByTestId('suspension-banner')).toHaveTextContent(
      'Your account is suspended indefinitely: Propos injurieux. You can read but not post.',
    );
  });

  it('shows nothing for an account in good standing', async () => {
    mockApi({ 'GET /api/v1/me': ME_FIXTURE });
    renderWithProviders(
      <>
        <SuspensionBanner />
        <ProfileLoaded />
      </>,
    );

    expect(await screen.findByText('Camille Martin')).toBeInTheDocument();
    expect(screen.queryByTestId('suspension-banner')).not.toBeInTheDocument();
  });

  it('appears as soon as a write is refused for a suspension made since the page loaded', async () => {
    let meCalls = 0;
    mockApi({
      'GET /api/v1/me': () => {
        meCalls += 1;
        return Response.json(meCalls === 1 ? ME_FIXTURE : suspendedMe(null));
      },
      'POST /api/v1/posts': () =>
        problemResponse({
          status: 403,
          code: 'ACCOUNT_SUSPENDED',
          suspendedUntil: null,
          reason: 'Propos injurieux',
        }),
    });
    renderWithProviders(
      <>
        <SuspensionBanner />
        <Publish />
      </>,
    );
    await vi.waitFor(() => {
      expect(meCalls).toBe(1);
    });

    await userEvent.click(screen.getByRole('button', { name: 'Publier' }));

    expect(await screen.findByTestId('suspension-banner')).toHaveTextContent(
      'Votre compte est suspendu pour une durée indéterminée : Propos injurieux.',
    );
  });
});
