import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuthGate } from '@/app/auth-gate';
import { initAuth } from '@/lib/auth';
import { createTestQueryClient, jsonResponse, mockFetch } from '@/testing/test-utils';

const CONFIG = { keycloakUrl: 'http://localhost:8180', realm: 'bravo', clientId: 'bravo-web' };

function renderGate() {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <AuthGate>
        <p>protected content</p>
      </AuthGate>
    </QueryClientProvider>,
  );
}

describe('AuthGate', () => {
  it('logs in with the runtime configuration before rendering the app', async () => {
    mockFetch((url) => (url === '/api/v1/config' ? jsonResponse(CONFIG) : jsonResponse({})));

    renderGate();

    expect(screen.getByRole('status')).toHaveTextContent('Connexion à Bravo…');
    expect(await screen.findByText('protected content')).toBeInTheDocument();
    expect(initAuth).toHaveBeenCalledWith(CONFIG);
  });

  it('explains that Bravo is unavailable when the backend cannot be reached, and retries', async () => {
    let reachable = false;
    mockFetch(() => {
      if (!reachable) throw new TypeError('Failed to fetch');
      return jsonResponse(CONFIG);
    });

    renderGate();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bravo est momentanément indisponible',
    );
    expect(initAuth).not.toHaveBeenCalled();

    reachable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByText('protected content')).toBeInTheDocument();
  });

  it('refuses a configuration without the Keycloak settings', async () => {
    mockFetch(() => jsonResponse({ keycloakUrl: 'http://localhost:8180' }));

    renderGate();

    expect(await screen.findByTestId('boot-error')).toBeInTheDocument();
    expect(initAuth).not.toHaveBeenCalled();
  });
});
