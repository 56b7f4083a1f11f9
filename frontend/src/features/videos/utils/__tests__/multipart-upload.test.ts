import { describe, expect, it, vi } from 'vitest';
import type { VideoUploadView } from '@/api-types/videos';
import { ApiError } from '@/lib/api-client';
import { backendVideoUploadApi } from '@/features/videos/utils/create-video-uppy';
import { uploadInParts } from '@/features/videos/utils/multipart-upload';
import type { VideoUploadApi } from '@/features/videos/utils/multipart-upload';
import { jsonResponse, mockApi, problemResponse, sentJson } from '@/testing/test-utils';

const VIDEO_ID = 'b3a1c2d4-0000-4000-8000-000000000001';
const UPLOAD = `/api/v1/videos/uploads/${VIDEO_ID}`;
// 20 bytes in parts of 8: two full parts and a short last one, like 2 × 8 MiB and a bit.
const BYTES = new Uint8Array(Array.from({ length: 20 }, (_, index) => index));

function uploadView(overrides: Partial<VideoUploadView> = {}): VideoUploadView {
  return {
    videoId: VIDEO_ID,
    status: 'uploading',
    fileName: 'vitrine.mov',
    size: 20,
    partSize: 8,
    partCount: 3,
    createdAt: '2026-11-28T10:00:00Z',
    parts: [],
    ...overrides,
  };
}

/** The backend through the real API client (fetch mocked), and a store recording each PUT. */
function backend(routes: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'POST /api/v1/videos/uploads': () => jsonResponse(uploadView(), { status: 201 }),
    [`POST ${UPLOAD}/parts/1`]: { partNumber: 1, url: 'https://store.example/v?partNumber=1' },
    [`POST ${UPLOAD}/parts/2`]: { partNumber: 2, url: 'https://store.example/v?partNumber=2' },
    [`POST ${UPLOAD}/parts/3`]: { partNumber: 3, url: 'https://store.example/v?partNumber=3' },
    [`POST ${UPLOAD}/complete`]: () => jsonResponse(uploadView({ status: 'processing' })),
    ...routes,
  });
  const puts: { url: string; bytes: number[] }[] = [];
  const putPart = vi.fn<VideoUploadApi['putPart']>(async (url, data, { onProgress }) => {
    const bytes = [...new Uint8Array(await data.arrayBuffer())];
    puts.push({ url, bytes });
    onProgress?.(bytes.length);
    return `"etag-${new URL(url).searchParams.get('partNumber') ?? ''}"`;
  });
  const api: VideoUploadApi = { ...backendVideoUploadApi, putPart };
  return { fetchMock, api, puts, putPart };
}

function upload(api: VideoUploadApi, extra: Partial<Parameters<typeof uploadInParts>[0]> = {}) {
  return uploadInParts({
    data: new Blob([BYTES], { type: 'video/quicktime' }),
    fileName: 'vitrine.mov',
    contentType: 'video/quicktime',
    api,
    signal: new AbortController().signal,
    retryDelays: [0, 0],
    ...extra,
  });
}

/** `METHOD /path` of each request, in order. */
function calls(fetchMock: ReturnType<typeof mockApi>): string[] {
  return fetchMock.mock.calls.map(([input, init]) => {
    const url = input instanceof Request ? input.url : input.toString();
    return `${init?.method ?? 'GET'} ${new URL(url, 'http://x').pathname}`;
  });
}

/** The completion request for parts 1, 2… stored under `etags`, in order. */
const completedWith = (...etags: string[]) => ({
  parts: etags.map((etag, index) => ({ partNumber: index + 1, etag })),
});

describe('uploadInParts', () => {
  it('opens the upload, sends each part to its signed URL and completes with the ETags', async () => {
    const { fetchMock, api, puts } = backend();
    const onSession = vi.fn();
    const onProgress = vi.fn();

    const result = await upload(api, { onSession, onProgress });

    expect(result.status).toBe('processing');
    expect(sentJson(fetchMock, 'POST /api/v1/videos/uploads')).toEqual({
      fileName: 'vitrine.mov',
      size: 20,
      contentType: 'video/quicktime',
    });
    expect(onSession).toHaveBeenCalledWith({ videoId: VIDEO_ID, partSize: 8 });
    // The backend's part size decides the slices, the last one shorter.
    expect(puts.map((put) => [put.url, put.bytes.length])).toEqual(
      expect.arrayContaining([
        ['https://store.example/v?partNumber=1', 8],
        ['https://store.example/v?partNumber=2', 8],
        ['https://store.example/v?partNumber=3', 4],
      ]),
    );
    expect(puts.find((put) => put.url.endsWith('=3'))?.bytes).toEqual([16, 17, 18, 19]);
    expect(sentJson(fetchMock, `POST ${UPLOAD}/complete`)).toEqual(
      completedWith('"etag-1"', '"etag-2"', '"etag-3"'),
    );
    expect(onProgress).toHaveBeenLastCalledWith(20, 20);
    // The bytes never go to our backend: only signing and the JSON calls do.
    expect(calls(fetchMock).every((call) => call.includes('/api/v1/videos/uploads'))).toBe(true);
  });

  it('resumes from the parts the store already holds, sending only the others', async () => {
    const { fetchMock, api, puts } = backend({
      [`GET ${UPLOAD}`]: uploadView({
        parts: [
          { partNumber: 1, etag: '"stored-1"', size: 8 },
          { partNumber: 3, etag: '"stored-3"', size: 4 },
        ],
      }),
    });
    const onProgress = vi.fn();

    await upload(api, { session: { videoId: VIDEO_ID, partSize: 8 }, onProgress });

    expect(calls(fetchMock)).not.toContain('POST /api/v1/videos/uploads');
    expect(puts.map((put) => put.url)).toEqual(['https://store.example/v?partNumber=2']);
    expect(puts[0]?.bytes).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    // The stored parts count as sent from the start.
    expect(onProgress).toHaveBeenNthCalledWith(1, 12, 20);
    expect(sentJson(fetchMock, `POST ${UPLOAD}/complete`)).toEqual(
      completedWith('"stored-1"', '"etag-2"', '"stored-3"'),
    );
  });

  it('starts over when the earlier upload is gone', async () => {
    const { fetchMock, api, puts } = backend({
      [`GET ${UPLOAD}`]: () => problemResponse({ status: 404, code: 'VIDEO_NOT_FOUND' }),
    });

    await upload(api, { session: { videoId: VIDEO_ID, partSize: 8 } });

    expect(calls(fetchMock)).toContain('POST /api/v1/videos/uploads');
    expect(puts).toHaveLength(3);
  });

  it('sends nothing when the upload was completed before the reload', async () => {
    const { fetchMock, api, putPart } = backend({
      [`GET ${UPLOAD}`]: uploadView({ status: 'processing' }),
    });

    const result = await upload(api, { session: { videoId: VIDEO_ID, partSize: 8 } });

    expect(result.status).toBe('processing');
    expect(putPart).not.toHaveBeenCalled();
    expect(calls(fetchMock)).toEqual([`GET ${UPLOAD}`]);
  });

  it('retries a failed part with a freshly signed URL', async () => {
    const { fetchMock, api, putPart } = backend();
    const real = putPart.getMockImplementation();
    let failures = 0;
    putPart.mockImplementation((url, data, options) => {
      if (url.endsWith('partNumber=2') && failures < 2) {
        failures += 1;
        return Promise.reject(new ApiError({ status: 0, code: 'NETWORK_ERROR' }));
      }
      if (!real) throw new Error('no implementation');
      return real(url, data, options);
    });

    await upload(api);

    expect(calls(fetchMock).filter((call) => call === `POST ${UPLOAD}/parts/2`)).toHaveLength(3);
    expect(sentJson(fetchMock, `POST ${UPLOAD}/complete`)).toEqual(
      completedWith('"etag-1"', '"etag-2"', '"etag-3"'),
    );
  });

  it('gives up once the retries are spent, without completing', async () => {
    const { fetchMock, api, putPart } = backend();
    putPart.mockRejectedValue(new ApiError({ status: 503, code: 'STORAGE_UNAVAILABLE' }));

    await expect(upload(api)).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(calls(fetchMock)).not.toContain(`POST ${UPLOAD}/complete`);
  });

  it('does not retry what the backend refuses, such as a video over the size limit', async () => {
    const { fetchMock, api, putPart } = backend({
      'POST /api/v1/videos/uploads': () =>
        problemResponse({ status: 413, code: 'VIDEO_TOO_LARGE' }),
    });

    await expect(upload(api)).rejects.toMatchObject({ status: 413, code: 'VIDEO_TOO_LARGE' });
    expect(calls(fetchMock)).toEqual(['POST /api/v1/videos/uploads']);
    expect(putPart).not.toHaveBeenCalled();
  });

  it('sends the parts the store lacks when completing finds the upload incomplete', async () => {
    let completions = 0;
    const { fetchMock, api, puts } = backend({
      [`POST ${UPLOAD}/complete`]: () => {
        completions += 1;
        return completions === 1
          ? problemResponse({ status: 409, code: 'UPLOAD_INCOMPLETE' })
          : jsonResponse(uploadView({ status: 'processing' }));
      },
      [`GET ${UPLOAD}`]: uploadView({
        parts: [
          { partNumber: 1, etag: '"etag-1"', size: 8 },
          { partNumber: 2, etag: '"etag-2"', size: 8 },
        ],
      }),
    });

    const result = await upload(api);

    expect(result.status).toBe('processing');
    expect(puts.filter((put) => put.url.endsWith('partNumber=3'))).toHaveLength(2);
    expect(sentJson(fetchMock, `POST ${UPLOAD}/complete`, 1)).toEqual(
      completedWith('"etag-1"', '"etag-2"', '"etag-3"'),
    );
  });

  it('keeps at most `limit` parts in flight', async () => {
    const { api, putPart } = backend();
    let inFlight = 0;
    let most = 0;
    putPart.mockImplementation(async (url) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return `"${url}"`;
    });

    await upload(api, { limit: 2 });

    expect(most).toBe(2);
  });

  it('stops when aborted, leaving the upload open to resume', async () => {
    const { fetchMock, api, putPart } = backend();
    const controller = new AbortController();
    putPart.mockImplementation(
      (_url, _data, { signal }) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => {
            reject(new DOMException('Aborted', 'AbortError'));
          });
        }),
    );

    const pending = upload(api, { signal: controller.signal });
    await vi.waitFor(() => {
      expect(putPart).toHaveBeenCalled();
    });
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls(fetchMock)).not.toContain(`DELETE ${UPLOAD}`);
    expect(calls(fetchMock)).not.toContain(`POST ${UPLOAD}/complete`);
  });
});
