import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { userScopedKey } from '@/lib/local-data';
import {
  OFFLINE_COPY_MAX_AGE_MS,
  persistQueries,
  restoreQueries,
} from '@/lib/offline/query-persistence';
import type { PersistenceStorage } from '@/lib/offline/query-persistence';
import { memoryStore } from '@/testing/memory-store';

function memory() {
  const { kept, get, set } = memoryStore<unknown>();
  const storage: PersistenceStorage = { read: get, write: set };
  return { storage, kept };
}

const client = () => new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });

describe('the offline copy of what people read', () => {
  it('keeps each person’s answers under their own key, and gives them back to that person only', async () => {
    const { storage, kept } = memory();
    const anna = client();
    const stop = persistQueries(anna, 'anna', { storage, delayMs: 0 });
    await anna.query({ queryKey: ['posts', 'feed'], queryFn: () => ['Anna’s feed'] });
    await vi.waitFor(() => {
      expect(kept.has(userScopedKey('anna', 'queries'))).toBe(true);
    });
    stop();

    const bruno = client();
    await restoreQueries(bruno, 'bruno', { storage });
    expect(bruno.getQueryData(['posts', 'feed'])).toBeUndefined();

    const annaAgain = client();
    await restoreQueries(annaAgain, 'anna', { storage });
    expect(annaAgain.getQueryData(['posts', 'feed'])).toEqual(['Anna’s feed']);
  });

  it('shows what comes back at once, but asks the server again when a page reads it', async () => {
    const { storage, kept } = memory();
    const anna = client();
    const stop = persistQueries(anna, 'anna', { storage, delayMs: 0 });
    await anna.query({ queryKey: ['posts', 'feed'], queryFn: () => ['saved a second ago'] });
    await vi.waitFor(() => {
      expect(kept.size).toBe(1);
    });
    stop();

    const reloaded = client();
    await restoreQueries(reloaded, 'anna', { storage });
    const queryFn = vi.fn(() => ['from the server']);
    // The default staleTime of the app (a minute) would otherwise keep the saved copy as fresh.
    const observer = new QueryObserver(reloaded, {
      queryKey: ['posts', 'feed'],
      queryFn,
      staleTime: 60_000,
    });

    expect(observer.getCurrentResult().data).toEqual(['saved a second ago']);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => {
      expect(reloaded.getQueryData(['posts', 'feed'])).toEqual(['from the server']);
    });
    unsubscribe();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('never keeps the session, nor anything once stopped (logout)', async () => {
    const { storage, kept } = memory();
    const anna = client();
    const stop = persistQueries(anna, 'anna', { storage, delayMs: 0 });
    await anna.query({ queryKey: ['session'], queryFn: () => true });
    await anna.query({ queryKey: ['me'], queryFn: () => 'Anna' });
    await vi.waitFor(() => {
      expect(kept.size).toBe(1);
    });
    const copy = kept.get(userScopedKey('anna', 'queries')) as {
      state: { queries: { queryKey: unknown[] }[] };
    };
    expect(copy.state.queries.map((query) => query.queryKey)).toEqual([['me']]);

    stop();
    kept.clear();
    await anna.query({ queryKey: ['later'], queryFn: () => 'after logout' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(kept.size).toBe(0);
  });

  it('does not show a copy older than a day', async () => {
    const { storage } = memory();
    const anna = client();
    let now = 1_000_000;
    const stop = persistQueries(anna, 'anna', { storage, delayMs: 0, now: () => now });
    await anna.query({ queryKey: ['posts', 'feed'], queryFn: () => ['old'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();

    now += OFFLINE_COPY_MAX_AGE_MS + 1;
    const later = client();
    await restoreQueries(later, 'anna', { storage, now: () => now });
    expect(later.getQueryData(['posts', 'feed'])).toBeUndefined();
  });

  it('writes a waiting copy at once when the network goes or the page is hidden, not a second later', async () => {
    const { storage, kept } = memory();
    const visibility: { visibilityState: DocumentVisibilityState } = { visibilityState: 'visible' };
    const page = {
      window: new EventTarget(),
      document: Object.assign(new EventTarget(), visibility),
    };
    const anna = client();
    // A delay no test waits for: only the events can write.
    const stop = persistQueries(anna, 'anna', { storage, delayMs: 3_600_000, page });
    await anna.query({ queryKey: ['posts', 'detail', 7], queryFn: () => 'the post just opened' });
    expect(kept.size).toBe(0);

    page.window.dispatchEvent(new Event('offline'));
    expect(await storage.read(userScopedKey('anna', 'queries'))).toMatchObject({
      state: { queries: [{ queryKey: ['posts', 'detail', 7] }] },
    });

    kept.clear();
    await anna.query({ queryKey: ['posts', 'detail', 8], queryFn: () => 'another one' });
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(kept.size).toBe(0);
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(kept.size).toBe(1);

    // Nothing waiting, nothing written; and nothing at all once stopped (logout).
    kept.clear();
    page.window.dispatchEvent(new Event('pagehide'));
    expect(kept.size).toBe(0);
    await anna.query({ queryKey: ['posts', 'detail', 9], queryFn: () => 'read before logout' });
    stop();
    page.window.dispatchEvent(new Event('pagehide'));
    expect(kept.size).toBe(0);
  });
});
