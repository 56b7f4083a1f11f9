import { useState } from 'react';
import type { Photo } from '@/api-types/media';
import { usePhotoUploads } from '@/hooks/use-photo-uploads';
import { isOnline, queueForLater } from '@/lib/offline/outbox-instance';
import type { NewOutboxItem } from '@/lib/offline/outbox';

/** An outbox item as a composer writes it: the held photos are added when it is queued. */
export type ComposerDraft<P> = Omit<NewOutboxItem<P>, 'files'>;

/**
 * What a composer needs to keep working without network: its photo uploads (held while offline),
 * whether a film is still uploading, and the outbox item it may leave instead of sending.
 */
export function useComposerOutbox(onPhotoUploaded: (photo: Photo) => void) {
  const uploads = usePhotoUploads(onPhotoUploaded);
  const [videosBusy, setVideosBusy] = useState(false);
  // Kept in the outbox (no network): said here until the person writes again.
  const [queued, setQueued] = useState(false);
  const [queueError, setQueueError] = useState<unknown>(null);

  /** The photos still held go with the item, and leave from the outbox with it. */
  function queue<P>(item: ComposerDraft<P>, onQueued: () => void) {
    const files = uploads.takeHeld().map((file) => ({ name: file.name, blob: file }));
    setQueueError(null);
    queueForLater({ ...item, files })
      .then(onQueued)
      .catch((error: unknown) => {
        setQueueError(error);
      });
  }

  return {
    uploads,
    videosBusy,
    setVideosBusy,
    queued,
    setQueued,
    queueError,
    /** Publishing waits for the photos and films still uploading. */
    waiting: uploads.uploading > 0 || videosBusy,
    /** No network, or photos held for lack of it: the form goes to the outbox, not the server. */
    mustQueue: () => !isOnline() || uploads.held > 0,
    queue,
  };
}

export type ComposerOutbox = ReturnType<typeof useComposerOutbox>;
