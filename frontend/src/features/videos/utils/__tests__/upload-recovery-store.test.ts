import { describe, expect, it, vi } from 'vitest';
import { currentUserId } from '@/lib/auth';
import en_US from '@uppy/locales/lib/en_US.js';
import { clearOtherUsersData, clearUserData, registerLocalStore } from '@/lib/local-data';
import { createVideoUppy } from '@/features/videos/utils/create-video-uppy';
import {
  recoveryEntryGoes,
  videoUploadRecoveryStore,
  videoUppyId,
} from '@/features/videos/utils/upload-recovery-store';
import { createFakeIndexedDb, goldenRetrieverDatabase } from '@/testing/fake-indexeddb';

const ANNA = videoUppyId('anna', 'post-new');
const BRUNO = videoUppyId('bruno', 'entry-new-paris');
const UNSCOPED = 'bravo-videos-post-new';

function phoneWithUploads() {
  const fake = createFakeIndexedDb();
  fake.databases.set(
    'uppy-blobs',
    goldenRetrieverDatabase({
      [ANNA]: ['clip-a1', 'clip-a2'],
      [BRUNO]: ['clip-b1'],
      [UNSCOPED]: ['clip-old'],
      // Another app on the same origin: not ours to clear.
      'someone-else': ['their-file'],
    }),
  );
  vi.stubGlobal('indexedDB', fake.factory);
  return fake;
}

function instancesIn(fake: ReturnType<typeof createFakeIndexedDb>, objectStore: string) {
  const records = fake.databases.get('uppy-blobs')?.get(objectStore);
  return [...(records?.values() ?? [])].map((record) => record.store ?? record.id).sort();
}

describe('video upload recovery store', () => {
  it('names each person’s upload state after them', () => {
    const newPostUppyOf = (username: string) => {
      vi.mocked(currentUserId).mockReturnValue(username);
      return createVideoUppy({
        id: 'post-new',
        maxFileBytes: 1,
        maxFiles: 1,
        locale: en_US,
        describeError: String,
      });
    };
    const annas = newPostUppyOf('anna');
    const brunos = newPostUppyOf('bruno');

    expect(annas.getID()).toBe(videoUppyId('anna', 'post-new'));
    expect(brunos.getID()).not.toBe(annas.getID());
    annas.destroy();
    brunos.destroy();
  });

  it('clears only Bravo’s entries the filter accepts', () => {
    expect(recoveryEntryGoes(ANNA, () => true)).toBe(true);
    expect(recoveryEntryGoes(ANNA, () => false)).toBe(false);
    expect(recoveryEntryGoes(UNSCOPED, () => true)).toBe(true);
    expect(recoveryEntryGoes('someone-else', () => true)).toBe(false);
  });

  it('removes a person’s saved files and state at logout, and the unscoped ones, nothing else', async () => {
    const fake = phoneWithUploads();
    localStorage.setItem(`uppyState:${UNSCOPED}`, '{}');
    localStorage.setItem(`uppyState:${ANNA}`, '{}');
    localStorage.setItem(`uppyState:${BRUNO}`, '{}');
    const unregister = registerLocalStore(videoUploadRecoveryStore);

    await clearUserData('anna');
    unregister();

    expect(instancesIn(fake, 'files')).toEqual([BRUNO, 'someone-else'].sort());
    expect(instancesIn(fake, 'metadata')).toEqual([BRUNO, 'someone-else'].sort());
    expect(Object.keys(localStorage)).toEqual([`uppyState:${BRUNO}`]);
    expect(fake.openConnections()).toBe(0);
  });

  it('removes other people’s uploads at sign-in and keeps the person’s own', async () => {
    const fake = phoneWithUploads();
    const unregister = registerLocalStore(videoUploadRecoveryStore);

    await clearOtherUsersData('anna');
    unregister();

    expect(instancesIn(fake, 'files')).toEqual([ANNA, ANNA, 'someone-else'].sort());
    expect(instancesIn(fake, 'metadata')).toEqual([ANNA, 'someone-else'].sort());
  });

  it('does not create the database when the browser has none', async () => {
    const fake = createFakeIndexedDb();
    vi.stubGlobal('indexedDB', fake.factory);

    await videoUploadRecoveryStore.clear(() => true);

    expect(fake.databases.size).toBe(0);
    expect(fake.openConnections()).toBe(0);
  });
});
