import { useEffect, useRef, useState } from 'react';
import type { Photo } from '@/api-types/media';
import { ApiError, CLIENT_ERROR_CODES } from '@/lib/api-client';
import { isOnline } from '@/lib/offline/outbox-instance';
import { MAX_PHOTO_BYTES, uploadPhoto } from '@/lib/upload-photo';

export interface PendingUpload {
  localId: number;
  name: string;
  /** `held`: no network; the file is kept here and sent when the network returns (or with the post, from the outbox). */
  status: 'uploading' | 'failed' | 'held';
  error?: unknown;
  file?: File;
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiError && error.code === CLIENT_ERROR_CODES.network;
}

/**
 * Uploads photos one request each, in parallel, so each tile shows its own spinner or error;
 * finished photos are handed to `onUploaded` and leave this list. Without network a photo is
 * held (never dropped) and sent as soon as the network returns.
 */
export function usePhotoUploads(onUploaded: (photo: Photo) => void) {
  const [uploads, setUploads] = useState<PendingUpload[]>([]);
  const nextId = useRef(0);
  const controllers = useRef(new Map<number, AbortController>());
  const onUploadedRef = useRef(onUploaded);
  const uploadsRef = useRef(uploads);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
    uploadsRef.current = uploads;
  });

  useEffect(() => {
    const pending = controllers.current;
    return () => {
      for (const controller of pending.values()) controller.abort();
    };
  }, []);

  function settle(localId: number, patch: Partial<PendingUpload>) {
    setUploads((current) =>
      current.map((upload) => (upload.localId === localId ? { ...upload, ...patch } : upload)),
    );
  }

  function send(localId: number, file: File) {
    const controller = new AbortController();
    controllers.current.set(localId, controller);
    uploadPhoto(file, { signal: controller.signal })
      .then((photo) => {
        setUploads((current) => current.filter((upload) => upload.localId !== localId));
        onUploadedRef.current(photo);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (isNetworkFailure(error) && !isOnline()) settle(localId, { status: 'held', file });
        else settle(localId, { status: 'failed', error });
      })
      .finally(() => {
        controllers.current.delete(localId);
      });
  }

  // Held photos leave by themselves when the network returns, while the form is still open.
  const held = uploads.filter((upload) => upload.status === 'held');
  const heldCount = held.length;
  useEffect(() => {
    if (heldCount === 0) return undefined;
    const resume = () => {
      const resumed = uploadsRef.current.filter((upload) => upload.status === 'held');
      for (const upload of resumed) if (upload.file) send(upload.localId, upload.file);
      const ids = new Set(resumed.map((upload) => upload.localId));
      setUploads((current) =>
        current.map((upload) =>
          ids.has(upload.localId)
            ? { localId: upload.localId, name: upload.name, status: 'uploading' }
            : upload,
        ),
      );
    };
    window.addEventListener('online', resume);
    return () => {
      window.removeEventListener('online', resume);
    };
    // send is recreated each render but only reads refs and stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [heldCount]);

  function start(files: readonly File[]) {
    for (const file of files) {
      const localId = nextId.current++;
      if (file.size > MAX_PHOTO_BYTES) {
        setUploads((current) => [
          ...current,
          {
            localId,
            name: file.name,
            status: 'failed',
            error: new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE' }),
          },
        ]);
        continue;
      }
      if (!isOnline()) {
        setUploads((current) => [...current, { localId, name: file.name, status: 'held', file }]);
        continue;
      }
      setUploads((current) => [...current, { localId, name: file.name, status: 'uploading' }]);
      send(localId, file);
    }
  }

  function dismiss(localId: number) {
    controllers.current.get(localId)?.abort();
    setUploads((current) => current.filter((upload) => upload.localId !== localId));
  }

  /** Hands the held files over (to the outbox) and forgets them here. */
  function takeHeld(): File[] {
    const files = held.flatMap((upload) => (upload.file ? [upload.file] : []));
    setUploads((current) => current.filter((upload) => upload.status !== 'held'));
    return files;
  }

  const uploading = uploads.filter((upload) => upload.status === 'uploading').length;
  return { uploads, uploading, held: heldCount, start, dismiss, takeHeld };
}
