import { useEffect, useRef, useState } from 'react';
import type { Photo } from '@/api-types/media';
import { ApiError } from '@/lib/api-client';
import { MAX_PHOTO_BYTES, uploadPhoto } from '@/lib/upload-photo';

export interface PendingUpload {
  localId: number;
  name: string;
  status: 'uploading' | 'failed';
  error?: unknown;
}

/**
 * Uploads photos one request each, in parallel, so each tile shows its own spinner or error;
 * finished photos are handed to `onUploaded` and leave this list.
 */
export function usePhotoUploads(onUploaded: (photo: Photo) => void) {
  const [uploads, setUploads] = useState<PendingUpload[]>([]);
  const nextId = useRef(0);
  const controllers = useRef(new Map<number, AbortController>());
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  });

  useEffect(() => {
    const pending = controllers.current;
    return () => {
      for (const controller of pending.values()) controller.abort();
    };
  }, []);

  function fail(localId: number, error: unknown) {
    setUploads((current) =>
      current.map((upload) =>
        upload.localId === localId ? { ...upload, status: 'failed', error } : upload,
      ),
    );
  }

  function start(files: readonly File[]) {
    for (const file of files) {
      const localId = nextId.current++;
      setUploads((current) => [...current, { localId, name: file.name, status: 'uploading' }]);
      if (file.size > MAX_PHOTO_BYTES) {
        fail(localId, new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE' }));
        continue;
      }
      const controller = new AbortController();
      controllers.current.set(localId, controller);
      uploadPhoto(file, { signal: controller.signal })
        .then((photo) => {
          setUploads((current) => current.filter((upload) => upload.localId !== localId));
          onUploadedRef.current(photo);
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) fail(localId, error);
        })
        .finally(() => {
          controllers.current.delete(localId);
        });
    }
  }

  function dismiss(localId: number) {
    controllers.current.get(localId)?.abort();
    setUploads((current) => current.filter((upload) => upload.localId !== localId));
  }

  const uploading = uploads.filter((upload) => upload.status === 'uploading').length;
  return { uploads, uploading, start, dismiss };
}
