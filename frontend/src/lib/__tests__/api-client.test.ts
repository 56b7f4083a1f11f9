import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, request } from '@/lib/api-client';
import { getAccessToken, login } from '@/lib/auth';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/test-utils';
import { TEST_ACCESS_TOKEN } from '@/testing/mock-auth';

async function captureError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

async function captureApiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await captureError(promise);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** A server answer with a body of the given type, as a proxy or a failing server may send. */
const answerOf = (body: string, status: number, contentType: string) => () =>
  new Response(body, { status, headers: { 'Content-Type': contentType } });

/** The error raised by asking who is signed in when the server gives `answer`. */
function errorOfMeAnswered(answer: () => Response) {
  mockFetch(answer);
  return captureApiError(api.get('/api/v1/me'));
}

describe('api client – success', () => {
  it('returns the parsed JSON body and sends a fresh bearer token', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ hello: 'world' }));

    await expect(api.get('/api/v1/me')).resolves.toEqual({ hello: 'world' });

    expect(getAccessToken).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/me');
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
    expect(headers.get('Accept')).toContain('application/problem+json');
  });

  it('sends no token for public endpoints', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ realm: 'bravo' }));

    await api.get('/api/v1/config', { auth: false });

    expect(getAccessToken).not.toHaveBeenCalled();
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('Authorization')).toBe(false);
  });

  it('serialises JSON bodies', async () => {
    const fetchMock = mockFetch(() => new Response(null, { status: 204 }));

    await expect(api.post('/api/v1/things', { name: 'x' })).resolves.toBeUndefined();

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"x"}');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('reports a success response that is not JSON as INVALID_RESPONSE', async () => {
    const error = await errorOfMeAnswered(
      () => new Response('<html>SPA fallback</html>', { headers: { 'Content-Type': 'text/html' } }),
    );

    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(200);
  });
});

describe('api client – problem+json errors', () => {
  it('exposes code, status, title, detail and field errors of a problem document', async () => {
    mockFetch(() =>
      problemResponse({
        type: 'https://bravo.example/problems/validation',
        title: 'Invalid request',
        status: 422,
        detail: 'The practice title is required',
        instance: '/api/v1/practices',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'title', code: 'REQUIRED', message: 'must not be blank' }],
      }),
    );

    const error = await captureApiError(api.post('/api/v1/practices', {}));

    expect(error.status).toBe(422);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.title).toBe('Invalid request');
    expect(error.detail).toBe('The practice title is required');
    expect(error.type).toBe('https://bravo.example/problems/validation');
    expect(error.instance).toBe('/api/v1/practices');
    expect(error.errors).toEqual([
      { field: 'title', code: 'REQUIRED', message: 'must not be blank' },
    ]);
    expect(error.message).toBe('The practice title is required');
  });

  it('accepts media type parameters and a problem without field errors', async () => {
    mockFetch(
      () =>
        new Response(JSON.stringify({ title: 'Forbidden', status: 403, code: 'SHOP_MISMATCH' }), {
          status: 403,
          headers: { 'Content-Type': 'Application/Problem+JSON; charset=utf-8' },
        }),
    );

    const error = await captureApiError(api.get('/api/v1/shops/x'));

    expect(error.code).toBe('SHOP_MISMATCH');
    expect(error.status).toBe(403);
    expect(error.errors).toEqual([]);
  });

  it('trusts the HTTP status over the advisory status member', async () => {
    mockFetch(
      () =>
        new Response(JSON.stringify({ status: 200, code: 'CONFLICT' }), {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );

    expect((await captureApiError(api.get('/x'))).status).toBe(409);
  });

  it('keeps the members a problem adds to the standard ones', async () => {
    mockFetch(() =>
      problemResponse({
        status: 403,
        code: 'ACCOUNT_SUSPENDED',
        detail: 'Suspended',
        suspendedUntil: '2026-12-24T00:00:00Z',
        reason: 'Propos injurieux',
      }),
    );

    const error = await captureApiError(api.post('/api/v1/posts', {}));

    expect(error.extensions).toEqual({
      suspendedUntil: '2026-12-24T00:00:00Z',
      reason: 'Propos injurieux',
    });
  });

  it('derives a code from the status when the problem has none', async () => {
    mockFetch(() => problemResponse({ title: 'Not Found', status: 404 }));

    const error = await captureApiError(api.get('/api/v1/nothing'));

    expect(error.code).toBe('NOT_FOUND');
    expect(error.title).toBe('Not Found');
  });
});

describe('api client – other error bodies', () => {
  it('maps an HTML error page from a proxy to a status-derived code', async () => {
    const error = await errorOfMeAnswered(
      answerOf('<html><body>502 Bad Gateway</body></html>', 502, 'text/html'),
    );

    expect(error.status).toBe(502);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.title).toBeUndefined();
    expect(error.errors).toEqual([]);
  });

  it('does not trust a code found in a plain JSON error body', async () => {
    const error = await errorOfMeAnswered(() =>
      jsonResponse({ message: 'boom', code: 'NOT_A_CONTRACT' }, { status: 500 }),
    );

    expect(error.status).toBe(500);
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.detail).toBeUndefined();
  });

  it('survives a malformed problem body', async () => {
    const error = await errorOfMeAnswered(answerOf('{not json', 503, 'application/problem+json'));

    expect(error.status).toBe(503);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('api client – network and session failures', () => {
  it('turns a failed fetch into NETWORK_ERROR with status 0', async () => {
    const networkFailure = new TypeError('Failed to fetch');
    mockFetch(() => {
      throw networkFailure;
    });

    const error = await captureApiError(api.get('/api/v1/me'));

    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.cause).toBe(networkFailure);
  });

  it('lets cancellations through untouched so TanStack Query can recognise them', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    mockFetch(() => {
      throw abort;
    });

    await expect(request('/api/v1/me', { signal: new AbortController().signal })).rejects.toBe(
      abort,
    );
  });

  it('sends the user to the login page on 401', async () => {
    mockFetch(() => problemResponse({ status: 401, title: 'Unauthorized' }));

    const error = await captureApiError(api.get('/api/v1/me'));

    expect(error.code).toBe('AUTHENTICATION_REQUIRED');
    expect(login).toHaveBeenCalledTimes(1);
  });

  it('does not log in again for a 401 from a public endpoint', async () => {
    mockFetch(() => problemResponse({ status: 401, code: 'AUTHENTICATION_REQUIRED' }));

    await captureApiError(api.get('/api/v1/config', { auth: false }));

    expect(login).not.toHaveBeenCalled();
  });

  it('fails with AUTHENTICATION_REQUIRED, without calling the API, when no token can be obtained', async () => {
    vi.mocked(getAccessToken).mockRejectedValueOnce(new Error('refresh token expired'));
    const fetchMock = mockFetch(() => jsonResponse({}));

    const error = await captureApiError(api.get('/api/v1/me'));

    expect(error.status).toBe(401);
    expect(error.code).toBe('AUTHENTICATION_REQUIRED');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('api client – multipart and binary', () => {
  it('sends FormData as is, letting the browser set the multipart boundary', async () => {
    const fetchMock = mockFetch(() => jsonResponse({ id: 'p1' }, { status: 201 }));
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.png');

    await expect(api.post('/api/v1/media/photos', form)).resolves.toEqual({ id: 'p1' });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(form);
    const headers = new Headers(init?.headers);
    expect(headers.has('Content-Type')).toBe(false);
    expect(headers.get('Authorization')).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
  });

  it('reads binary resources as a Blob, with the token', async () => {
    const fetchMock = mockFetch(
      () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'image/png' } }),
    );

    const blob = await api.getBlob('/api/v1/media/photos/p1');

    // Node's Response builds its own Blob class, distinct from jsdom's global one.
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe(
      `Bearer ${TEST_ACCESS_TOKEN}`,
    );
  });

  it('still turns a binary request failure into an ApiError', async () => {
    mockFetch(() => problemResponse({ status: 404, code: 'NOT_FOUND' }));

    const error = await captureApiError(api.getBlob('/api/v1/media/photos/none'));

    expect(error.code).toBe('NOT_FOUND');
  });
});
