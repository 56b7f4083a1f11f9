/**
 * The small part of IndexedDB that clearing local data walks (open an existing database, one
 * read-write transaction, a cursor per object store), in memory. jsdom has none; each database
 * is a map of object stores, each a map of records by key, which tests fill and read directly.
 */
export type FakeDatabase = Map<string, Map<string, Record<string, unknown>>>;

export interface FakeIndexedDb {
  factory: IDBFactory;
  databases: Map<string, FakeDatabase>;
  /** Connections opened and not closed yet: a leak would block the app's own upgrades. */
  openConnections: () => number;
}

type Handler = ((event: Event) => void) | null;

export function createFakeIndexedDb(): FakeIndexedDb {
  const databases = new Map<string, FakeDatabase>();
  let open = 0;

  function connection(database: FakeDatabase) {
    open += 1;
    let closed = false;
    return {
      objectStoreNames: { contains: (name: string) => database.has(name) },
      close: () => {
        if (!closed) open -= 1;
        closed = true;
      },
      transaction: (names: string[]) => {
        if (names.some((name) => !database.has(name))) throw new Error('NotFoundError');
        let pending = 0;
        const transaction = {
          oncomplete: null as Handler,
          onerror: null as Handler,
          onabort: null as Handler,
          error: null,
          objectStore: (name: string) => {
            const records = database.get(name);
            if (!records) throw new Error(`NotFoundError: ${name}`);
            return {
              openCursor: () => {
                pending += 1;
                const keys = [...records.keys()];
                const request = { onsuccess: null as Handler, result: null as unknown };
                let index = 0;
                const step = () => {
                  const key = keys[index];
                  if (key === undefined) {
                    request.result = null;
                    request.onsuccess?.(new Event('success'));
                    pending -= 1;
                    if (pending === 0)
                      queueMicrotask(() => transaction.oncomplete?.(new Event('complete')));
                    return;
                  }
                  request.result = {
                    value: records.get(key),
                    delete: () => records.delete(key),
                    continue: () => {
                      index += 1;
                      setTimeout(step, 0);
                    },
                  };
                  request.onsuccess?.(new Event('success'));
                };
                setTimeout(step, 0);
                return request;
              },
            };
          },
        };
        return transaction;
      },
    };
  }

  const factory = {
    open: (name: string) => {
      const request = {
        onsuccess: null as Handler,
        onerror: null as Handler,
        onupgradeneeded: null as Handler,
        result: null as unknown,
        transaction: null as { abort: () => void } | null,
      };
      setTimeout(() => {
        const existing = databases.get(name);
        if (existing) {
          request.result = connection(existing);
          request.onsuccess?.(new Event('success'));
          return;
        }
        // A new database: created unless the upgrade is aborted.
        const upgrade = { aborted: false };
        request.transaction = {
          abort: () => {
            upgrade.aborted = true;
          },
        };
        const created: FakeDatabase = new Map();
        request.onupgradeneeded?.(new Event('upgradeneeded'));
        request.transaction = null;
        if (upgrade.aborted) {
          request.onerror?.(new Event('error', { cancelable: true }));
          return;
        }
        databases.set(name, created);
        request.result = connection(created);
        request.onsuccess?.(new Event('success'));
      }, 0);
      return request;
    },
  };

  return {
    factory: factory as unknown as IDBFactory,
    databases,
    openConnections: () => open,
  };
}

/** Golden Retriever's database as it is after `files` were selected in the given instances. */
export function goldenRetrieverDatabase(instances: Record<string, string[]>): FakeDatabase {
  const files = new Map<string, Record<string, unknown>>();
  const metadata = new Map<string, Record<string, unknown>>();
  for (const [instance, fileIds] of Object.entries(instances)) {
    for (const fileId of fileIds) {
      const id = `${instance}!${fileId}`;
      files.set(id, { id, fileID: fileId, store: instance, data: new Blob(['clip']) });
    }
    metadata.set(instance, { id: instance, metadata: JSON.stringify({ files: fileIds }) });
  }
  return new Map([
    ['files', files],
    ['metadata', metadata],
  ]);
}
