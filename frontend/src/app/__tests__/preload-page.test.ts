import { describe, expect, it, vi } from 'vitest';
import type { RouteObject } from 'react-router';
import { appRoutes } from '@/app/app-routes';
import type { PageHandle } from '@/app/preload-page';
import { preloadPage } from '@/app/preload-page';
import { queryClient } from '@/lib/query-client';
import { calledUrls, mockApi } from '@/testing/test-utils';

interface NodeEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): void;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): void;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function at(pathname: string) {
  return { pathname, search: '' };
}

function routes() {
  const postCode = vi.fn(() => Promise.resolve({}));
  const searchCode = vi.fn(() => Promise.resolve({}));
  const prefetchPost = vi.fn();
  const tree: RouteObject[] = [
    {
      path: '/',
      children: [
        { index: true },
        {
          path: 'posts/:id',
          lazy: postCode,
          handle: { prefetch: prefetchPost } satisfies PageHandle,
        },
        { path: 'search', lazy: searchCode },
      ],
    },
  ];
  return { tree, postCode, searchCode, prefetchPost };
}

describe('preloadPage', () => {
  it("downloads the opened page's code at once, and asks for its data once signed in", async () => {
    const { tree, postCode, searchCode, prefetchPost } = routes();
    const session = deferred();

    preloadPage(tree, { pathname: '/posts/42', search: '?from=share' }, session.promise);

    expect(postCode).toHaveBeenCalledTimes(1);
    expect(searchCode).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(prefetchPost).not.toHaveBeenCalled();

    session.resolve();
    await vi.waitFor(() => {
      expect(prefetchPost).toHaveBeenCalledWith({ id: '42' }, new URLSearchParams('from=share'));
    });
  });

  it('asks for nothing when signing in fails', async () => {
    const { tree, prefetchPost } = routes();
    const session = deferred();

    preloadPage(tree, at('/posts/42'), session.promise);
    session.reject(new Error('Keycloak refused'));
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(prefetchPost).not.toHaveBeenCalled();
  });

  it('does nothing for a page without lazy code or data, nor for an unknown address', () => {
    const { tree, postCode, searchCode, prefetchPost } = routes();

    preloadPage(tree, at('/'), Promise.resolve());
    preloadPage(tree, at('/nowhere/at/all'), Promise.resolve());

    expect(postCode).not.toHaveBeenCalled();
    expect(searchCode).not.toHaveBeenCalled();
    expect(prefetchPost).not.toHaveBeenCalled();
  });

  it('keeps quiet when the code cannot download (offline): the router reports it when needed', async () => {
    // A plain function, not vi.fn: Vitest's mocks watch the promises they return, which would
    // count as handling the failure.
    let downloads = 0;
    const tree: RouteObject[] = [
      {
        path: 'posts/:id',
        lazy: () => {
          downloads += 1;
          return Promise.reject(new TypeError('Failed to fetch'));
        },
      },
    ];
    // Node's own report of a promise nobody handled (the test runs in Node, under jsdom).
    const node = (globalThis as unknown as { process: NodeEvents }).process;
    const unhandled = vi.fn();
    node.on('unhandledRejection', unhandled);
    try {
      preloadPage(tree, at('/posts/42'), Promise.resolve());
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(downloads).toBe(1);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      node.off('unhandledRejection', unhandled);
    }
  });

  it("asks for the feed's first page with the address's filters when the app opens on a feed", async () => {
    const fetchMock = mockApi({ 'GET /api/v1/posts': { items: [], pinned: [], nextCursor: null } });
    queryClient.clear();
    try {
      preloadPage(appRoutes(), { pathname: '/', search: '?sort=top&kind=idea' }, Promise.resolve());
      await vi.waitFor(() => {
        expect(calledUrls(fetchMock)).toHaveLength(1);
      });
      const asked = new URL(calledUrls(fetchMock)[0] ?? '', 'http://localhost');
      expect(asked.pathname).toBe('/api/v1/posts');
      expect(Object.fromEntries(asked.searchParams)).toMatchObject({
        sort: 'top',
        kind: 'idea',
        limit: '20',
      });
    } finally {
      queryClient.clear();
    }
  });

  it('asks for the results of a search opened from a link, and nothing for an empty search', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/search': { items: [], facets: {}, total: 0, next: null },
    });
    queryClient.clear();
    try {
      preloadPage(appRoutes(), { pathname: '/search', search: '' }, Promise.resolve());
      preloadPage(appRoutes(), { pathname: '/search', search: '?q=vitrine' }, Promise.resolve());
      await vi.waitFor(() => {
        expect(calledUrls(fetchMock).filter((url) => url.startsWith('/api/v1/search'))).toEqual([
          '/api/v1/search?q=vitrine&size=20',
        ]);
      });
    } finally {
      queryClient.clear();
    }
  });
});
