import { describe, expect, it, vi } from 'vitest';
import { putPart } from '@/features/videos/utils/put-part';

/** Just enough of XMLHttpRequest to answer one PUT as the test says. */
class FakeXhr {
  static answer: { status: number; etag: string | null } = { status: 200, etag: '"abc"' };
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  body: unknown;
  headers: Record<string, string> = {};
  status = 0;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  aborted = false;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name.toLowerCase() === 'etag' ? FakeXhr.answer.etag : null;
  }
  abort() {
    this.aborted = true;
  }
  send(body: unknown) {
    this.body = body;
    this.upload.onprogress?.({ lengthComputable: true, loaded: 4 } as ProgressEvent);
    queueMicrotask(() => {
      if (this.aborted) return;
      if (FakeXhr.answer.status === 0) {
        this.onerror?.();
        return;
      }
      this.status = FakeXhr.answer.status;
      this.onload?.();
    });
  }
}

describe('putPart', () => {
  it('PUTs the bytes to the signed URL, without credentials, and returns the ETag', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 200, etag: '"abc"' };
    const data = new Blob(['part']);
    const onProgress = vi.fn();

    await expect(
      putPart('https://store.example/v?partNumber=1', data, { onProgress }),
    ).resolves.toBe('"abc"');
    expect(FakeXhr.last).toMatchObject({
      method: 'PUT',
      url: 'https://store.example/v?partNumber=1',
      body: data,
      headers: {},
    });
    expect(onProgress).toHaveBeenCalledWith(4);
  });

  it('fails clearly when the store hides the ETag (CORS not exposing it)', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 200, etag: null };

    await expect(putPart('https://store.example/v', new Blob(['x']))).rejects.toMatchObject({
      code: 'UPLOAD_RECEIPT_MISSING',
    });
  });

  it('turns store and network failures into API errors', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 503, etag: null };
    await expect(putPart('https://store.example/v', new Blob(['x']))).rejects.toMatchObject({
      status: 503,
      code: 'STORAGE_UNAVAILABLE',
    });
    FakeXhr.answer = { status: 403, etag: null };
    await expect(putPart('https://store.example/v', new Blob(['x']))).rejects.toMatchObject({
      code: 'UPLOAD_PART_REJECTED',
    });
    FakeXhr.answer = { status: 0, etag: null };
    await expect(putPart('https://store.example/v', new Blob(['x']))).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });

  it('aborts the request with the signal', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 200, etag: '"abc"' };
    const controller = new AbortController();

    const pending = putPart('https://store.example/v', new Blob(['x']), {
      signal: controller.signal,
    });
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.last?.aborted).toBe(true);
  });
});
