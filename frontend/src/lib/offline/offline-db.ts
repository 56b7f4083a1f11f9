import type { KeyFilter, LocalUserStore } from '@/lib/local-data';

/**
 * One IndexedDB database for what Bravo keeps to work without network: the outbox (with the
 * photos it still has to send) and the copy of recently read answers. IndexedDB rather than
 * localStorage because photos are Blobs and feeds outgrow localStorage's few megabytes.
 *
 * Every record's key is a `userScopedKey`, so the shared clearing (src/lib/local-data.ts) knows
 * whose it is: see `offlineDbStore`.
 */
const DATABASE = 'bravo-offline';
const STORE = 'records';
const VERSION = 1;

interface OfflineRecord {
  key: string;
  value: unknown;
}

function factory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    // Disabled by the browser (some private modes): working offline is then not offered.
    return undefined;
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function open(idb: IDBFactory, create: boolean): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(DATABASE, VERSION);
    } catch {
      resolve(null);
      return;
    }
    req.onupgradeneeded = () => {
      // Clearing must not create the database just to find it empty.
      if (!create) {
        req.transaction?.abort();
        return;
      }
      req.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T | undefined> {
  const idb = factory();
  if (!idb) return undefined;
  const db = await open(idb, true);
  if (!db) return undefined;
  try {
    return await work(db.transaction([STORE], mode).objectStore(STORE));
  } finally {
    db.close();
  }
}

/** The value kept under `key`, or undefined. */
export async function readOffline<T>(key: string): Promise<T | undefined> {
  const record = await withStore('readonly', (store) =>
    request(store.get(key) as IDBRequest<OfflineRecord | undefined>),
  );
  return record?.value as T | undefined;
}

/** Keeps `value` (structured-cloned: Blobs and Files included) under `key`. */
export async function writeOffline(key: string, value: unknown): Promise<void> {
  await withStore('readwrite', (store) => request(store.put({ key, value })));
}

export async function removeOffline(key: string): Promise<void> {
  await withStore('readwrite', (store) => request(store.delete(key)));
}

/** Registered with local-data: at logout and at someone else's sign-in, their records go. */
export const offlineDbStore: LocalUserStore = {
  name: 'offline copy and outbox',
  clear: async (remove: KeyFilter) => {
    const idb = factory();
    if (!idb) return;
    const db = await open(idb, false);
    if (!db) return;
    try {
      if (!db.objectStoreNames.contains(STORE)) return;
      const transaction = db.transaction([STORE], 'readwrite');
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
      const cursorRequest = transaction.objectStore(STORE).openCursor();
      cursorRequest.onsuccess = () => {
        const cursor = cursorRequest.result;
        if (!cursor) return;
        const record = cursor.value as Partial<OfflineRecord>;
        if (typeof record.key === 'string' && remove(record.key)) cursor.delete();
        cursor.continue();
      };
      await done;
    } finally {
      db.close();
    }
  },
};
