import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import {
  cursorQueryOptions,
  fetchQueryOptions,
  getJson,
  typeaheadPath,
} from '@/lib/query/fetch-query';
import { withQuery } from '@/lib/url';
import { jsonResponse, mockFetch } from '@/testing/test-utils';

describe('getJson', () => {
  it('reads its address and hands the cancel signal to the request', async () => {
    const fetchMock = mockFetch(() => jsonResponse([{ word: 'arnaque' }]));
    const controller = new AbortController();

    await expect(
      getJson<{ word: string }[]>('/api/v1/admin/watch-words')({ signal: controller.signal }),
    ).resolves.toEqual([{ word: 'arnaque' }]);

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/admin/watch-words');
    expect(init?.signal).toBe(controller.signal);
  });
});

describe('fetchQueryOptions', () => {
  it('caches the read under its key, with the extra options as given', async () => {
    const fetch = vi.fn((options?: { signal?: AbortSignal }) =>
      Promise.resolve(options?.signal ? 'with signal' : 'without'),
    );
    const options = fetchQueryOptions(['shops', 'detail', 'lyon'], fetch, { staleTime: 60_000 });
    expect(options.queryKey).toEqual(['shops', 'detail', 'lyon']);
    expect(options.staleTime).toBe(60_000);

    const queryClient = new QueryClient();
    await expect(queryClient.query(options)).resolves.toBe('with signal');
    expect(queryClient.getQueryData(options.queryKey)).toBe('with signal');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('cursorQueryOptions', () => {
  it('starts without a cursor and asks each next page from where the last one ended', async () => {
    const first = { items: [1, 2], nextCursor: 'c2' };
    const last = { items: [3], nextCursor: null };
    const fetchPage = vi.fn((cursor: string | null) => Promise.resolve(cursor ? last : first));
    const queryClient = new QueryClient();
    const options = cursorQueryOptions(['admin', 'users', ''], (cursor) => fetchPage(cursor), {
      staleTime: 0,
    });
    expect(options.staleTime).toBe(0);

    await queryClient.infiniteQuery({ ...options, pages: 3 });

    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([null, 'c2']);
    expect(queryClient.getQueryData(options.queryKey)?.pages).toEqual([first, last]);
  });
});

describe('withQuery', () => {
  it('leaves out the empty filters and the question mark when none is left', () => {
    expect(withQuery('/api/v1/posts', { sort: 'top', period: undefined, tag: '', limit: 20 })).toBe(
      '/api/v1/posts?sort=top&limit=20',
    );
    expect(withQuery('/api/v1/posts', { tag: '', cursor: undefined })).toBe('/api/v1/posts');
  });
});

describe('typeaheadPath', () => {
  it('asks for at most `limit` suggestions of what is typed, encoded', () => {
    expect(typeaheadPath('/api/v1/tags', 'été & co', 8)).toBe(
      '/api/v1/tags?q=%C3%A9t%C3%A9+%26+co&limit=8',
    );
  });
});
