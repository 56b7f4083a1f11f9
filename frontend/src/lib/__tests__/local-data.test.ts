import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLEAR_TIMEOUT_MS,
  clearOtherUsersData,
  clearUserData,
  keyOwner,
  registerLocalStore,
  registerSessionCache,
  userScopedKey,
} from '@/lib/local-data';
import type { KeyFilter } from '@/lib/local-data';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => {
    cleanup();
  });
});

function fill() {
  localStorage.setItem(userScopedKey('anna', 'composer.new'), 'a');
  localStorage.setItem(`uppyState:${userScopedKey('anna', 'videos.post-new')}`, 'a');
  localStorage.setItem(userScopedKey('bruno', 'composer.new'), 'b');
  sessionStorage.setItem(userScopedKey('anna', 'scroll'), 'a');
  localStorage.setItem('bravo.language', 'en');
}

describe('local data', () => {
  it('names the owner in every key, whatever the subject holds', () => {
    expect(keyOwner(userScopedKey('anna', 'composer.new'))).toBe('anna');
    expect(keyOwner(`uppyState:${userScopedKey('a:b/c', 'x')}`)).toBe('a:b/c');
    expect(userScopedKey('anna', 'x')).not.toBe(userScopedKey('bruno', 'x'));
    expect(keyOwner('bravo.composer.new')).toBeNull();
  });

  it('clears a person’s entries at logout, and nobody else’s', async () => {
    fill();

    await clearUserData('anna');

    expect(Object.keys(localStorage).sort()).toEqual(
      ['bravo.language', userScopedKey('bruno', 'composer.new')].sort(),
    );
    expect(sessionStorage.length).toBe(0);
  });

  it('clears everybody else’s at sign-in and keeps the person’s own', async () => {
    fill();

    await clearOtherUsersData('anna');

    expect(Object.keys(localStorage).sort()).toEqual(
      [
        'bravo.language',
        userScopedKey('anna', 'composer.new'),
        `uppyState:${userScopedKey('anna', 'videos.post-new')}`,
      ].sort(),
    );
  });

  it('offers registered stores the right filter: owner’s and unscoped keys at logout', async () => {
    const seen: KeyFilter[] = [];
    cleanups.push(registerLocalStore({ name: 'test', clear: (remove) => void seen.push(remove) }));

    await clearUserData('anna');
    await clearOtherUsersData('anna');

    const [atLogout, atSignIn] = seen;
    expect(atLogout?.(userScopedKey('anna', 'x'))).toBe(true);
    expect(atLogout?.(userScopedKey('bruno', 'x'))).toBe(false);
    expect(atLogout?.('unscoped')).toBe(true);
    expect(atSignIn?.(userScopedKey('anna', 'x'))).toBe(false);
    expect(atSignIn?.(userScopedKey('bruno', 'x'))).toBe(true);
    expect(atSignIn?.('unscoped')).toBe(true);
  });

  it('empties session caches at logout, before the stores, and not at sign-in', async () => {
    const order: string[] = [];
    cleanups.push(
      registerSessionCache({ name: 'queries', clear: () => void order.push('queries') }),
      registerLocalStore({ name: 'files', clear: () => void order.push('files') }),
    );

    await clearOtherUsersData('anna');
    expect(order).toEqual(['files']);

    await clearUserData('anna');
    expect(order).toEqual(['files', 'queries', 'files']);
  });

  it('clears the other stores when one fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cleared = vi.fn();
    cleanups.push(
      registerLocalStore({ name: 'broken', clear: () => Promise.reject(new Error('blocked')) }),
      registerLocalStore({ name: 'fine', clear: cleared }),
    );
    fill();

    await clearUserData('anna');

    expect(cleared).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(userScopedKey('anna', 'composer.new'))).toBeNull();
  });

  it('gives up on a store that never answers, so logging out cannot hang', async () => {
    vi.useFakeTimers();
    try {
      cleanups.push(
        registerLocalStore({ name: 'stuck', clear: () => new Promise<void>(() => undefined) }),
      );
      let done = false;
      void clearUserData('anna').then(() => {
        done = true;
      });

      await vi.advanceTimersByTimeAsync(CLEAR_TIMEOUT_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
