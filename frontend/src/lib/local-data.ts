/**
 * What people leave in this browser: drafts, interrupted uploads, cached API answers.
 *
 * Shop phones pass from hand to hand, so each entry is stored under a key naming its owner (the
 * token's `sub`, see `userScopedKey`), is read back only by that owner, and is removed when they
 * log out. This module knows every place such data lives: web storage itself, and the stores and
 * caches the app registers here at start-up (features cannot be imported from here).
 */

// Kept anywhere inside a key, not only at its start: libraries add their own prefixes to the names
// we give them (Uppy's Golden Retriever writes `uppyState:<name>`).
const OWNER_MARKER = 'bravo.user:';

/**
 * How long logging out waits for the stores before leaving anyway. A store that never answers
 * (IndexedDB blocked by another tab) must not keep anyone signed in on a shared phone: what it
 * still holds stays unreadable to others (keys name their owner) and goes at the next sign-in.
 */
export const CLEAR_TIMEOUT_MS = 5_000;

/** The key of `name` for the person `sub`: only they read it back, and it goes with them. */
export function userScopedKey(sub: string, name: string): string {
  // Encoded so a `:` in the subject cannot end it early, and a key names one owner only.
  return `${OWNER_MARKER}${encodeURIComponent(sub)}:${name}`;
}

/**
 * The person a key belongs to, or null for a key that names nobody: one written before keys were
 * scoped, whose owner cannot be known any more.
 */
export function keyOwner(key: string): string | null {
  const start = key.indexOf(OWNER_MARKER);
  if (start < 0) return null;
  const rest = key.slice(start + OWNER_MARKER.length);
  const end = rest.indexOf(':');
  if (end <= 0) return null;
  try {
    return decodeURIComponent(rest.slice(0, end));
  } catch {
    return null;
  }
}

/** Says whether the entry under a key goes. */
export type KeyFilter = (key: string) => boolean;

/** A place holding people's entries that this module cannot list by itself (IndexedDB, ...). */
export interface LocalUserStore {
  /** Named in the console when clearing it fails. */
  name: string;
  /**
   * Removes the entries whose key `remove` accepts. A store offers it its own keys only: the
   * scoped ones and those it wrote before keys were scoped.
   */
  clear: (remove: KeyFilter) => void | Promise<void>;
}

/** Something in memory holding what the signed-in person saw or was doing (query cache, an upload). */
export interface SessionCache {
  name: string;
  clear: () => void | Promise<void>;
}

const stores = new Set<LocalUserStore>();
const sessionCaches = new Set<SessionCache>();

/** Adds a store to clear; returns what removes it again. */
export function registerLocalStore(store: LocalUserStore): () => void {
  stores.add(store);
  return () => {
    stores.delete(store);
  };
}

/** Adds an in-memory cache emptied at logout; returns what removes it again. */
export function registerSessionCache(cache: SessionCache): () => void {
  sessionCaches.add(cache);
  return () => {
    sessionCaches.delete(cache);
  };
}

function clearWebStorage(storage: Storage | undefined, remove: KeyFilter): void {
  if (!storage) return;
  // Collected first: removing while iterating by index would skip entries.
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.includes(OWNER_MARKER)) keys.push(key);
  }
  for (const key of keys) {
    if (remove(key)) storage.removeItem(key);
  }
}

function webStorage(name: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[name];
  } catch {
    // Storage disabled by the browser: nothing can have been kept there either.
    return undefined;
  }
}

async function settle(name: string, work: () => void | Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    // One failing store must not spare the others.
    console.warn(`Could not clear local data (${name})`, error);
  }
}

async function sweep(remove: KeyFilter, sessionToo: boolean): Promise<void> {
  // Live things first: an upload still running would otherwise write its state back.
  if (sessionToo) {
    await Promise.all([...sessionCaches].map((cache) => settle(cache.name, cache.clear)));
  }
  clearWebStorage(webStorage('localStorage'), remove);
  clearWebStorage(webStorage('sessionStorage'), remove);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CLEAR_TIMEOUT_MS);
  });
  const stored = Promise.all(
    [...stores].map((store) => settle(store.name, () => store.clear(remove))),
  );
  await Promise.race([stored, timeout]);
  clearTimeout(timer);
}

/**
 * At logout: everything this browser keeps for `sub` (drafts, upload state and files, cached
 * answers), and the entries of nobody left from before keys were scoped.
 */
export function clearUserData(sub: string): Promise<void> {
  return sweep((key) => {
    const owner = keyOwner(key);
    return owner === null || owner === sub;
  }, true);
}

/**
 * At sign-in: everything kept for anybody but `sub`, and the entries of nobody. Keys already hide
 * other people's entries; removing them also takes their content (a customer's photo in an
 * unfinished upload) off a phone they may never use again. The person's own entries stay, so a
 * draft survives an expired session and the sign-in that follows.
 */
export function clearOtherUsersData(sub: string): Promise<void> {
  return sweep((key) => keyOwner(key) !== sub, false);
}

/** When nobody is known to be signed in: everything of everybody. */
export function clearAllUserData(): Promise<void> {
  return sweep(() => true, true);
}
