import { vi } from 'vitest';
import type { VideoUploadView } from '@/api-types/videos';
import type { VideoUploadApi } from '@/features/videos/utils/multipart-upload';
import { videoUploadView } from '@/testing/fixtures';

/**
 * The backend and the store of a video upload, answering `upload` (see `videoUploadView`) and
 * storing each part under the last character of its URL as ETag, so tests can tell parts apart.
 */
export function fakeVideoUploadApi(upload: Partial<VideoUploadView> = {}) {
  const view = (overrides: Partial<VideoUploadView> = {}) =>
    videoUploadView({ ...upload, ...overrides });
  return {
    start: vi.fn<VideoUploadApi['start']>(() => Promise.resolve(view())),
    status: vi.fn<VideoUploadApi['status']>(() => Promise.resolve(view())),
    signPart: vi.fn<VideoUploadApi['signPart']>((_id, partNumber) =>
      Promise.resolve({ partNumber, url: `https://store.example/${partNumber}`, expiresAt: '' }),
    ),
    complete: vi.fn<VideoUploadApi['complete']>(() =>
      Promise.resolve(view({ status: 'processing' })),
    ),
    abort: vi.fn<VideoUploadApi['abort']>(() => Promise.resolve()),
    putPart: vi.fn<VideoUploadApi['putPart']>((url) => Promise.resolve(`"${url.slice(-1)}"`)),
  } satisfies VideoUploadApi;
}
