import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Greeting } from '@/features/profile/components/greeting';
import i18n from '@/lib/i18n';
import {
  answerFirstThen,
  jsonResponse,
  ME_FIXTURE,
  mockFetch,
  problemResponse,
  renderWithProviders,
} from '@/testing/test-utils';

describe('Greeting', () => {
  it('greets the user by display name in French', async () => {
    const fetchMock = mockFetch((url) =>
      url === '/api/v1/me' ? jsonResponse(ME_FIXTURE) : new Response(null, { status: 404 }),
    );

    renderWithProviders(<Greeting />);

    expect(await screen.findByTestId('greeting')).toHaveTextContent(/^Bonjour Camille Martin$/);
    expect(screen.getByRole('heading', { level: 1 })).toBe(screen.getByTestId('greeting'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('greets the user in English', async () => {
    await i18n.changeLanguage('en');
    mockFetch(() => jsonResponse({ ...ME_FIXTURE, displayName: 'Alex Dupont' }));

    renderWithProviders(<Greeting />);

    expect(await screen.findByTestId('greeting')).toHaveTextContent(/^Hello Alex Dupont$/);
  });

  it('follows a language switch without refetching', async () => {
    const fetchMock = mockFetch(() => jsonResponse(ME_FIXTURE));
    renderWithProviders(<Greeting />);
    expect(await screen.findByTestId('greeting')).toHaveTextContent('Bonjour Camille Martin');

    await i18n.changeLanguage('en');

    await waitFor(() => {
      expect(screen.getByTestId('greeting')).toHaveTextContent('Hello Camille Martin');
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('shows a skeleton while the profile loads', () => {
    mockFetch(() => new Promise<Response>(() => undefined));

    renderWithProviders(<Greeting />);

    expect(screen.getByRole('status')).toHaveTextContent('Chargement de votre profil…');
    expect(screen.queryByTestId('greeting')).not.toBeInTheDocument();
  });

  it('shows the translated message of the problem code, then recovers on retry', async () => {
    mockFetch(
      answerFirstThen(
        () => problemResponse({ status: 403, title: 'Forbidden', code: 'FORBIDDEN' }),
        () => jsonResponse(ME_FIXTURE),
      ),
    );

    renderWithProviders(<Greeting />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger votre profil');
    expect(alert).toHaveTextContent(
      'Vous n’avez pas les droits nécessaires pour effectuer cette action.',
    );
    expect(alert).not.toHaveTextContent('Forbidden');

    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByTestId('greeting')).toHaveTextContent('Bonjour Camille Martin');
  });

  it('falls back to the generic message for an unknown problem code', async () => {
    await i18n.changeLanguage('en');
    mockFetch(() => problemResponse({ status: 409, code: 'BRAND_NEW_CODE', detail: 'internal' }));

    renderWithProviders(<Greeting />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An unexpected error occurred. Please try again.',
    );
  });
});
