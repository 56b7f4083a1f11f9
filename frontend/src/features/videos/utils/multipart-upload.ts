import type {
  PartUrl,
  StartVideoUploadRequest,
  UploadedPart,
  VideoUploadView,
} from '@/api-types/videos';
import { ApiError } from '@/lib/api-client';
import type { PutPartOptions } from '@/features/videos/utils/put-part';

/** The backend's part size when its answer does not say (it always does). */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
/** Parts in flight at once for one file: enough to fill a phone's uplink, few enough to resume. */
export const DEFAULT_PART_CONCURRENCY = 4;
/** Waits before each new attempt of a failed part; each attempt signs a fresh URL. */
export const DEFAULT_RETRY_DELAYS: readonly number[] = [0, 1_000, 3_000, 5_000];

/** The calls an upload needs: our backend's endpoints, and the PUT of a part to the store. */
export interface VideoUploadApi {
  start: (request: StartVideoUploadRequest, signal: AbortSignal) => Promise<VideoUploadView>;
  status: (videoId: string, signal: AbortSignal) => Promise<VideoUploadView>;
  signPart: (videoId: string, partNumber: number, signal: AbortSignal) => Promise<PartUrl>;
  complete: (
    videoId: string,
    parts: UploadedPart[],
    signal: AbortSignal,
  ) => Promise<VideoUploadView>;
  abort: (videoId: string) => Promise<unknown>;
  putPart: (url: string, data: Blob, options: PutPartOptions) => Promise<string>;
}

/** What must outlive the page for an upload to resume after a reload. */
export interface VideoUploadSession {
  videoId: string;
  partSize: number;
}

export interface MultipartUploadOptions {
  data: Blob;
  fileName: string;
  contentType: string;
  api: VideoUploadApi;
  signal: AbortSignal;
  /** An upload started earlier (before a reload, a pause or an error), to continue. */
  session?: VideoUploadSession | undefined;
  /** Called once the backend has opened the upload, so the caller can remember it. */
  onSession?: ((session: VideoUploadSession) => void) | undefined;
  onProgress?: ((bytesUploaded: number, bytesTotal: number) => void) | undefined;
  limit?: number | undefined;
  retryDelays?: readonly number[] | undefined;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Worth another attempt: the network, the store, or an expired signature (the next attempt signs
 * again). Our backend's refusals (404, 409, 413, 422) will not change by asking again.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.code === 'UPLOAD_PART_REJECTED') return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

async function withRetries<T>(
  attempt: () => Promise<T>,
  delays: readonly number[],
  signal: AbortSignal,
): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delays[retry];
      if (signal.aborted || isAbort(error) || delay === undefined || !isRetryable(error)) {
        throw error;
      }
      await wait(delay, signal);
    }
  }
}

/** Runs `work` on every item, `limit` at a time; the first failure stops the others. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const group = new AbortController();
  const stop = () => {
    group.abort();
  };
  signal.addEventListener('abort', stop, { once: true });
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item, group.signal);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(limit, items.length) }, () =>
        worker().catch((error: unknown) => {
          group.abort();
          throw error;
        }),
      ),
    );
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** The upload to continue, or null when it cannot be (gone, cancelled, failed): start over. */
async function resumable(
  api: VideoUploadApi,
  session: VideoUploadSession,
  signal: AbortSignal,
): Promise<VideoUploadView | null> {
  try {
    const view = await api.status(session.videoId, signal);
    if (view.status === 'aborted' || view.status === 'failed' || view.status === 'deleted') {
      return null;
    }
    return view;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Sends a file as an S3 multipart upload through our backend: it opens the upload, signs one URL
 * per part and assembles them; the bytes go straight to the object store. With a `session` it
 * first asks which parts the store already holds and only sends the others, so a reload, a pause
 * or a dropped connection costs at most the parts that were in flight.
 *
 * Resolves with the completed upload (status `processing`).
 */
export async function uploadInParts(options: MultipartUploadOptions): Promise<VideoUploadView> {
  const { data, api, signal } = options;
  const limit = options.limit ?? DEFAULT_PART_CONCURRENCY;
  const retryDelays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;

  let view = options.session ? await resumable(api, options.session, signal) : null;
  // Completed before the page went away: only processing remains, nothing to send.
  if (view && view.status !== 'uploading') return view;
  if (!view) {
    view = await api.start(
      { fileName: options.fileName, size: data.size, contentType: options.contentType },
      signal,
    );
    options.onSession?.({ videoId: view.videoId, partSize: view.partSize });
  }

  const { videoId } = view;
  // The backend decides the part size; its part count is authoritative for `complete`.
  const partSize = view.partSize > 0 ? view.partSize : DEFAULT_PART_SIZE;
  const partCount =
    view.partCount > 0 ? view.partCount : Math.max(1, Math.ceil(data.size / partSize));
  const bounds = (partNumber: number) => {
    const start = (partNumber - 1) * partSize;
    return { start, end: Math.min(start + partSize, data.size) };
  };

  const etags = new Map<number, string>();
  const sent = new Map<number, number>();
  const report = () => {
    let bytes = 0;
    for (const value of sent.values()) bytes += value;
    options.onProgress?.(Math.min(bytes, data.size), data.size);
  };
  const markStored = (parts: VideoUploadView['parts']) => {
    etags.clear();
    sent.clear();
    for (const part of parts) {
      if (part.partNumber < 1 || part.partNumber > partCount) continue;
      etags.set(part.partNumber, part.etag);
      const { start, end } = bounds(part.partNumber);
      sent.set(part.partNumber, end - start);
    }
    report();
  };

  const sendMissing = async () => {
    const missing: number[] = [];
    for (let partNumber = 1; partNumber <= partCount; partNumber += 1) {
      if (!etags.has(partNumber)) missing.push(partNumber);
    }
    await eachLimited(missing, limit, signal, async (partNumber, partSignal) => {
      const { start, end } = bounds(partNumber);
      const etag = await withRetries(
        async () => {
          sent.set(partNumber, 0);
          const { url } = await api.signPart(videoId, partNumber, partSignal);
          return api.putPart(url, data.slice(start, end), {
            signal: partSignal,
            onProgress: (loaded) => {
              sent.set(partNumber, loaded);
              report();
            },
          });
        },
        retryDelays,
        partSignal,
      );
      etags.set(partNumber, etag);
      sent.set(partNumber, end - start);
      report();
    });
  };

  const completion = () =>
    api.complete(
      videoId,
      [...etags].sort(([a], [b]) => a - b).map(([partNumber, etag]) => ({ partNumber, etag })),
      signal,
    );

  markStored(view.parts);
  await sendMissing();
  try {
    return await completion();
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'UPLOAD_INCOMPLETE')) throw error;
    // The store lost or never got a part we believed sent: ask it, send the rest, once.
    markStored((await api.status(videoId, signal)).parts);
    await sendMissing();
    return completion();
  }
}
