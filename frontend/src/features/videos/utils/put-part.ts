import { ApiError, CLIENT_ERROR_CODES } from '@/lib/api-client';

export interface PutPartOptions {
  signal?: AbortSignal | undefined;
  /** Bytes of this part sent so far. */
  onProgress?: ((loaded: number) => void) | undefined;
}

/**
 * PUTs one part to its signed object-store URL and resolves with the `ETag` of the answer, the
 * receipt the store wants back when the parts are assembled. XHR rather than fetch: only XHR
 * reports upload progress. No Authorization header: the signature in the URL is the credential.
 */
export function putPart(url: string, data: Blob, { signal, onProgress }: PutPartOptions = {}) {
  return new Promise<string>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => {
      xhr.abort();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      signal?.removeEventListener('abort', onAbort);
    };

    xhr.open('PUT', url, true);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded);
    };
    xhr.onload = () => {
      settle();
      if (xhr.status < 200 || xhr.status >= 300) {
        // The store answers in S3's XML, not problem+json: only the status says something.
        reject(
          new ApiError({
            status: xhr.status,
            code: xhr.status >= 500 ? 'STORAGE_UNAVAILABLE' : 'UPLOAD_PART_REJECTED',
          }),
        );
        return;
      }
      // Null when the bucket's CORS rules do not expose the header: the upload cannot finish.
      const etag = xhr.getResponseHeader('ETag');
      if (etag) resolve(etag);
      else reject(new ApiError({ status: xhr.status, code: 'UPLOAD_RECEIPT_MISSING' }));
    };
    xhr.onerror = () => {
      settle();
      reject(new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network }));
    };
    xhr.send(data);
  });
}
