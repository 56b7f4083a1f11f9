import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { currentUserId } from '@/lib/auth';
import { clearOtherUsersData, clearUserData, registerLocalStore } from '@/lib/local-data';
import {
  AUTOSAVE_DELAY_MS,
  readLocalDraft,
  unscopedDraftStore,
  useDraftAutosave,
} from '@/features/posts/hooks/use-draft-autosave';
import type { ComposerValues } from '@/features/posts/utils/composer-values';

function values(title: string): ComposerValues {
  return {
    kind: 'practice',
    title,
    body: '',
    tags: [],
    categoryId: null,
    photos: [],
    videoIds: [],
  };
}

function signedIn(sub: string | undefined) {
  vi.mocked(currentUserId).mockReturnValue(sub);
}

function typeDraft(title: string) {
  vi.useFakeTimers();
  try {
    const form = renderHook(() => useDraftAutosave('new', values(title), true));
    act(() => {
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    });
    form.unmount();
  } finally {
    vi.useRealTimers();
  }
}

describe('local drafts on a shared phone', () => {
  it('shows a person’s draft to them and never to a colleague', () => {
    signedIn('anna');
    typeDraft('Vitrine de Noël');
    expect(readLocalDraft('new')?.values.title).toBe('Vitrine de Noël');

    signedIn('bruno');
    expect(readLocalDraft('new')).toBeNull();

    typeDraft('Accueil du samedi');
    signedIn('anna');
    expect(readLocalDraft('new')?.values.title).toBe('Vitrine de Noël');
  });

  it('keeps nothing before sign-in', () => {
    signedIn(undefined);
    typeDraft('Sans propriétaire');

    expect(localStorage.length).toBe(0);
    expect(readLocalDraft('new')).toBeNull();
  });

  it('goes at logout, with the person’s other drafts, and not a colleague’s', async () => {
    signedIn('anna');
    typeDraft('Vitrine de Noël');
    signedIn('bruno');
    typeDraft('Accueil du samedi');

    await clearUserData('anna');

    signedIn('anna');
    expect(readLocalDraft('new')).toBeNull();
    signedIn('bruno');
    expect(readLocalDraft('new')?.values.title).toBe('Accueil du samedi');
  });

  it('never shows a draft written before drafts were kept per person, and removes it', async () => {
    // Whose it is cannot be known: showing it to whoever signs in next could leak a colleague's.
    const unscoped = JSON.stringify({ savedAt: '2026-11-01T10:00:00Z', values: values('Ancien') });
    localStorage.setItem('bravo.composer.new', unscoped);
    localStorage.setItem('bravo.composer.post-8', unscoped);
    localStorage.setItem('bravo.language', 'en');
    signedIn('anna');

    expect(readLocalDraft('new')).toBeNull();

    const unregister = registerLocalStore(unscopedDraftStore);
    await clearOtherUsersData('anna');
    unregister();

    expect(Object.keys(localStorage)).toEqual(['bravo.language']);
  });
});
