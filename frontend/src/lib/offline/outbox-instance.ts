import { useSyncExternalStore } from 'react';
import { userScopedKey } from '@/lib/local-data';
import { readOffline, writeOffline } from '@/lib/offline/offline-db';
import { Outbox } from '@/lib/offline/outbox';
import type { NewOutboxItem, OutboxItem, OutboxStorage } from '@/lib/offline/outbox';
import { uploadPhoto } from '@/lib/upload-photo';

const STORAGE_NAME = 'outbox';

export const outboxStorage: OutboxStorage = {
  load: (owner) => readOffline<OutboxItem[]>(userScopedKey(owner, STORAGE_NAME)),
  save: (owner, items) => writeOffline(userScopedKey(owner, STORAGE_NAME), items),
};

/** Whether the browser believes it has a network; requests are the final judge. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
}

/** The outbox of this page; the app gives it its senders and its owner at sign-in. */
export const outbox = new Outbox({
  storage: outboxStorage,
  // Every attachment today is a photo (posts, guestbook entries); films have their own resumable upload.
  upload: (attachment) =>
    uploadPhoto(
      attachment.blob instanceof File
        ? attachment.blob
        : new File([attachment.blob], attachment.name, { type: attachment.blob.type }),
    ),
  isOnline,
});

/** Keeps `draft` in the outbox; the promise settles once it is safely kept. */
export function queueForLater<P>(draft: NewOutboxItem<P>): Promise<OutboxItem<P>> {
  return outbox.add(draft);
}

function subscribe(listener: () => void) {
  return outbox.subscribe(listener);
}

function snapshot() {
  return outbox.items();
}

/** The signed-in person's outbox, re-rendering as items change state. */
export function useOutboxItems(): readonly OutboxItem[] {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser has a network, updated as it comes and goes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, isOnline, () => true);
}
