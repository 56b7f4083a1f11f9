import { describe, expect, it, vi } from 'vitest';
import {
  clearOtherUsersData,
  clearUserData,
  registerLocalStore,
  userScopedKey,
} from '@/lib/local-data';
import { offlineDbStore } from '@/lib/offline/offline-db';
import { createFakeIndexedDb } from '@/testing/fake-indexeddb';
import type { FakeDatabase } from '@/testing/fake-indexeddb';

function phoneWithOfflineData(...subs: string[]) {
  const fake = createFakeIndexedDb();
  vi.stubGlobal('indexedDB', fake.factory);
  const records = new Map<string, Record<string, unknown>>();
  for (const sub of subs) {
    for (const name of ['outbox', 'queries']) {
      const key = userScopedKey(sub, name);
      records.set(key, { key, value: `${name} of ${sub}` });
    }
  }
  const database: FakeDatabase = new Map([['records', records]]);
  fake.databases.set('bravo-offline', database);
  return { fake, records };
}

/** The keys of one person's outbox and offline copy, in the order the store lists them. */
const offlineKeysOf = (username: string) => [
  userScopedKey(username, 'outbox'),
  userScopedKey(username, 'queries'),
];

describe('the offline copy and outbox on a shared phone', () => {
  it('go with their owner at logout', async () => {
    const { fake, records } = phoneWithOfflineData('anna', 'bruno');
    const unregister = registerLocalStore(offlineDbStore);
    await clearUserData('anna');
    unregister();
    expect([...records.keys()]).toEqual(offlineKeysOf('bruno'));
    expect(fake.openConnections()).toBe(0);
  });

  it('other people’s go when someone signs in; theirs stay', async () => {
    const { records } = phoneWithOfflineData('anna', 'bruno');
    const unregister = registerLocalStore(offlineDbStore);
    await clearOtherUsersData('bruno');
    unregister();
    expect([...records.keys()]).toEqual(offlineKeysOf('bruno'));
  });

  it('a phone that never kept anything is left without a database', async () => {
    const fake = createFakeIndexedDb();
    vi.stubGlobal('indexedDB', fake.factory);
    await offlineDbStore.clear(() => true);
    expect(fake.databases.has('bravo-offline')).toBe(false);
  });
});
