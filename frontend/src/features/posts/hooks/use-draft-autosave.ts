import { useCallback, useEffect, useRef } from 'react';
import { currentUserId } from '@/lib/auth';
import type { LocalUserStore } from '@/lib/local-data';
import { userScopedKey } from '@/lib/local-data';
import type { ComposerValues } from '@/features/posts/utils/composer-values';

const STORAGE_NAME = 'composer.';
// Where copies were kept before they were kept per person. Whose they are cannot be known, so
// they are never read (the next person on a shared phone would get them) and are removed.
const UNSCOPED_PREFIX = 'bravo.composer.';
export const AUTOSAVE_DELAY_MS = 500;

export interface LocalDraft {
  values: ComposerValues;
  savedAt: string;
}

/**
 * The signed-in person's copy of form `key`: a colleague on the same phone never reads it. None
 * before sign-in.
 */
export function draftStorageKey(key: string): string | null {
  const sub = currentUserId();
  return sub ? userScopedKey(sub, `${STORAGE_NAME}${key}`) : null;
}

function isLocalDraft(value: unknown): value is LocalDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<LocalDraft>;
  const values = draft.values as Partial<ComposerValues> | undefined;
  return (
    typeof draft.savedAt === 'string' &&
    typeof values?.title === 'string' &&
    typeof values.body === 'string' &&
    Array.isArray(values.tags) &&
    Array.isArray(values.photos)
  );
}

/**
 * The copy kept in this browser, or null; a corrupt entry is ignored. Copies written before posts
 * had videos lack `videoIds`, which then means none.
 */
export function readLocalDraft(key: string): LocalDraft | null {
  const storageKey = draftStorageKey(key);
  if (!storageKey) return null;
  try {
    const raw = localStorage.getItem(storageKey);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!isLocalDraft(parsed)) return null;
    const videoIds: unknown = (parsed.values as Partial<ComposerValues>).videoIds;
    return {
      ...parsed,
      values: {
        ...parsed.values,
        videoIds: Array.isArray(videoIds)
          ? videoIds.filter((id): id is string => typeof id === 'string')
          : [],
      },
    };
  } catch {
    return null;
  }
}

function writeLocalDraft(key: string, values: ComposerValues): void {
  const storageKey = draftStorageKey(key);
  if (!storageKey) return;
  try {
    const draft: LocalDraft = { values, savedAt: new Date().toISOString() };
    localStorage.setItem(storageKey, JSON.stringify(draft));
  } catch {
    // Full or disabled storage only costs the safety net, never the writing itself.
  }
}

export function removeLocalDraft(key: string): void {
  const storageKey = draftStorageKey(key);
  if (!storageKey) return;
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Same as above.
  }
}

/**
 * The copies written before they were kept per person. The scoped ones sit in localStorage under
 * `userScopedKey`, where clearing finds them by itself.
 */
export const unscopedDraftStore: LocalUserStore = {
  name: 'post drafts',
  clear: (remove) => {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(UNSCOPED_PREFIX));
    for (const key of keys) {
      if (remove(key)) localStorage.removeItem(key);
    }
  },
};

/**
 * Keeps a copy of the form in localStorage, for the signed-in person only, so a closed tab, a dead battery or a lost network
 * on the shop floor does not lose a post. Writes are debounced, and flushed when the composer
 * unmounts. `clear` (once the server has the post) removes the copy and pauses writing until
 * the values change again.
 */
export function useDraftAutosave(key: string, values: ComposerValues, dirty: boolean) {
  // The values the copy was cleared for; writing resumes as soon as they differ.
  const clearedFor = useRef<ComposerValues | null>(null);
  const latest = useRef({ key, values, dirty });
  useEffect(() => {
    latest.current = { key, values, dirty };
  });

  useEffect(() => {
    if (!dirty || clearedFor.current === values) return undefined;
    clearedFor.current = null;
    const timer = setTimeout(() => {
      // The post may have been saved while this write was waiting.
      if (clearedFor.current !== values) writeLocalDraft(key, values);
    }, AUTOSAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [key, values, dirty]);

  useEffect(
    () => () => {
      const last = latest.current;
      if (last.dirty && clearedFor.current !== last.values) writeLocalDraft(last.key, last.values);
    },
    [],
  );

  const clear = useCallback(() => {
    clearedFor.current = latest.current.values;
    removeLocalDraft(key);
  }, [key]);

  return { clear };
}
