/**
 * A key-value store held in memory for what the app keeps on the phone: it stores a copy, as
 * IndexedDB does, so a later change to the object given does not reach what was kept.
 */
export function memoryStore<T>(initial: Record<string, T> = {}) {
  const kept = new Map<string, T>(Object.entries(initial));
  return {
    kept,
    get: (key: string) => Promise.resolve(kept.get(key)),
    set: (key: string, value: T) => {
      kept.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
}
