import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

export const ME_FIXTURE = {
  username: 'camille',
  displayName: 'Camille Martin',
  email: 'camille.martin@example.org',
  roles: ['employee'],
  shop: 'paris-opera',
};

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    // No retries: a failing request must show its error state immediately in tests.
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
}

export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = createTestQueryClient();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { queryClient, ...result };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

export function problemResponse(problem: Record<string, unknown> & { status: number }): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

type FetchHandler = (url: string, init?: RequestInit) => Response | Promise<Response>;

/** Replaces the global fetch for one test (globals are restored after each test). */
export function mockFetch(handler: FetchHandler) {
  const fetchMock = vi.fn(
    (input: RequestInfo | URL, init?: RequestInit) =>
      // The executor turns a throwing handler into a rejected fetch, like a real network error.
      new Promise<Response>((resolve) => {
        resolve(handler(input instanceof Request ? input.url : input.toString(), init));
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
