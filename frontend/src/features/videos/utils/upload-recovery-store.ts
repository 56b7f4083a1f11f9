import type { KeyFilter, LocalUserStore } from '@/lib/local-data';
import { keyOwner, userScopedKey } from '@/lib/local-data';

// Golden Retriever (@uppy/golden-retriever 6) keeps, in one IndexedDB database, each selected file
// in `files` (a record per file, `store` naming the Uppy instance) and the upload state in
// `metadata` (`id` naming the instance); without IndexedDB the state goes to localStorage under
// `uppyState:<instance>`, which the shared clearing finds by itself once the name is scoped.
const DATABASE = 'uppy-blobs';
const OBJECT_STORES = { files: 'store', metadata: 'id' } as const;
// Instances were named so before uploads were kept per person.
const UNSCOPED_PREFIX = 'bravo-videos-';
const UNSCOPED_STATE_PREFIX = `uppyState:${UNSCOPED_PREFIX}`;

/** The Uppy instance of form `storageId` for the person `sub`: its saved files and state are theirs. */
export function videoUppyId(sub: string, storageId: string): string {
  return userScopedKey(sub, `videos.${storageId}`);
}

/** Whether an instance's saved files and state go: only Bravo's, scoped or from before. */
export function recoveryEntryGoes(instance: string, remove: KeyFilter): boolean {
  const ours = instance.startsWith(UNSCOPED_PREFIX) || keyOwner(instance) !== null;
  return ours && remove(instance);
}

/** The database if this browser has it; never creates it just to find it empty. */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      // Only fired for a database that did not exist: leave it so.
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
  });
}

async function clearDatabase(factory: IDBFactory, remove: KeyFilter): Promise<void> {
  const db = await openExisting(factory);
  if (!db) return;
  try {
    const names = Object.keys(OBJECT_STORES).filter((name) => db.objectStoreNames.contains(name));
    if (names.length === 0) return;
    const transaction = db.transaction(names, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => {
        resolve();
      };
      transaction.onerror = () => {
        reject(transaction.error ?? new Error('IndexedDB clearing failed'));
      };
      transaction.onabort = () => {
        reject(transaction.error ?? new Error('IndexedDB clearing aborted'));
      };
    });
    for (const name of names) {
      const field = OBJECT_STORES[name as keyof typeof OBJECT_STORES];
      const cursorRequest = transaction.objectStore(name).openCursor();
      cursorRequest.onsuccess = () => {
        const cursor = cursorRequest.result;
        if (!cursor) return;
        const record = cursor.value as Record<string, unknown>;
        const instance = record[field];
        if (typeof instance === 'string' && recoveryEntryGoes(instance, remove)) cursor.delete();
        cursor.continue();
      };
    }
    await done;
  } finally {
    // An open connection would block Golden Retriever's next version upgrade.
    db.close();
  }
}

/** Files and state of interrupted video uploads, kept so an upload resumes after a reload. */
export const videoUploadRecoveryStore: LocalUserStore = {
  name: 'video uploads',
  clear: async (remove) => {
    // The state of instances from before, in localStorage (scoped ones are cleared by the caller).
    const unscoped = Object.keys(localStorage).filter((key) =>
      key.startsWith(UNSCOPED_STATE_PREFIX),
    );
    for (const key of unscoped) {
      if (remove(key)) localStorage.removeItem(key);
    }
    if (typeof indexedDB !== 'undefined') await clearDatabase(indexedDB, remove);
  },
};
