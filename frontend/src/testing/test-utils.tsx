import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import type { InitialEntry, RouteObject } from 'react-router';
import { vi } from 'vitest';

export const ME_FIXTURE = {
  username: 'camille',
  displayName: 'Camille Martin',
  email: 'camille.martin@example.org',
  roles: ['employee'],
  shop: 'paris-opera',
  headOffice: false,
  needsShop: false,
  shopRequest: null,
  suspension: null,
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

/**
 * `routes` under a data router opened at `initialEntry`, for what needs one (route errors,
 * blockers, navigation to follow), with a fresh query client; the router is returned.
 */
export function renderRoutes(routes: RouteObject[], initialEntry: InitialEntry = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
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

/** A 422 naming the fields the server refused, as forms receive it. */
export function validationProblem(errors: { field: string; code: string; message: string }[]) {
  return problemResponse({ status: 422, code: 'VALIDATION_FAILED', errors });
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

export interface ApiRequest {
  url: URL;
  method: string;
  /** Parsed JSON body, or the raw body (e.g. FormData). */
  body: unknown;
}

export type ApiHandler = (request: ApiRequest) => Response | Promise<Response>;

/**
 * `fetch` answering by `"METHOD /path"` (query string ignored for matching, available in
 * `url`). A value that is not a function is sent as JSON; unknown routes get a 404 problem.
 */
export function mockApi(routes: Record<string, ApiHandler | object>) {
  return mockFetch((input, init) => {
    const url = new URL(input, 'http://localhost');
    const method = init?.method ?? 'GET';
    const route = routes[`${method} ${url.pathname}`];
    if (route === undefined) return problemResponse({ status: 404, code: 'NOT_FOUND' });
    if (typeof route !== 'function') return jsonResponse(route);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
    return (route as ApiHandler)({ url, method, body });
  });
}

/** Answers the first request with `first()` and every later one with `later()`, as a retry sees. */
export function answerFirstThen(first: () => Response, later: () => Response) {
  let calls = 0;
  return () => {
    calls += 1;
    return calls === 1 ? first() : later();
  };
}

/** A promise whose settlement the test controls, to observe states while a request is open. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** JSON body of the `index`-th call to `route` (`"METHOD /path"`, query string ignored). */
export function sentJson(
  fetchMock: ReturnType<typeof mockFetch>,
  route: string,
  index = 0,
): unknown {
  const calls = fetchMock.mock.calls.filter(([input, init]) => {
    const url = input instanceof Request ? input.url : input.toString();
    const path = new URL(url, 'http://localhost').pathname;
    return `${init?.method ?? 'GET'} ${path}` === route;
  });
  const body = calls[index]?.[1]?.body;
  return typeof body === 'string' ? JSON.parse(body) : undefined;
}

/** `fetch` call URLs (path + query) in order, for asserting on what was requested. */
export function calledUrls(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls.map((call) => {
    const input = call[0];
    return input instanceof Request ? input.url : String(input);
  });
}

/** "METHOD url" of every request that is not a GET: what a refused form must not have sent. */
export function writeCalls(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls
    .map((call) => {
      const input = call[0];
      const init = call[1] as RequestInit | undefined;
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      return `${method} ${input instanceof Request ? input.url : String(input)}`;
    })
    .filter((call) => !call.startsWith('GET '));
}

/** Controllable stand-in: jsdom has no IntersectionObserver. */
export class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly targets: Element[] = [];
  connected = true;

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }

  observe(target: Element) {
    this.targets.push(target);
  }

  unobserve() {
    // Not needed by the code under test.
  }

  disconnect() {
    this.connected = false;
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Reports every observed element as scrolled into view. */
  enter() {
    const entries = this.targets.map(
      (target) => ({ isIntersecting: true, target }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }

  static install() {
    FakeIntersectionObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  }

  static latestConnected(): FakeIntersectionObserver | undefined {
    return FakeIntersectionObserver.instances.filter((observer) => observer.connected).at(-1);
  }
}

/** `items[index]`, failing the test clearly when it is missing. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an item at index ${index} of ${items.length}`);
  return item;
}
