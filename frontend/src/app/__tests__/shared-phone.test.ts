import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userScopedKey } from '@/lib/local-data';
import { videoUppyId } from '@/features/videos/utils/upload-recovery-store';
import { createFakeIndexedDb, goldenRetrieverDatabase } from '@/testing/fake-indexeddb';

// The real session code this time, in front of a stand-in for Keycloak's adapter.
vi.unmock('@/lib/auth');

interface FakeKeycloak {
  logout: ReturnType<typeof vi.fn>;
}

const keycloak = vi.hoisted(() => ({
  sub: 'anna',
  instances: [] as FakeKeycloak[],
  // What the browser still holds when the page leaves for Keycloak's logout.
  atRedirect: undefined as (() => void) | undefined,
}));

vi.mock('keycloak-js', () => ({
  default: class {
    token = 'token';
    tokenParsed = { sub: keycloak.sub };
    init = () => Promise.resolve(true);
    updateToken = () => Promise.resolve(false);
    isTokenExpired = () => false;
    login = () => Promise.resolve();
    logout = vi.fn(() => {
      keycloak.atRedirect?.();
      return Promise.resolve();
    });
    constructor() {
      keycloak.instances.push(this);
    }
  },
}));

const CONFIG = { keycloakUrl: 'http://keycloak.test', realm: 'bravo', clientId: 'bravo-web' };
const DRAFT = (sub: string) => userScopedKey(sub, 'composer.new');
const UPLOAD_STATE = (sub: string) => `uppyState:${videoUppyId(sub, 'post-new')}`;

async function freshApp() {
  // A new page load: the session module starts with nobody signed in.
  vi.resetModules();
  const auth = await import('@/lib/auth');
  await import('@/app/local-stores');
  const { queryClient } = await import('@/lib/query-client');
  return { ...auth, queryClient };
}

function phone() {
  const fake = createFakeIndexedDb();
  vi.stubGlobal('indexedDB', fake.factory);
  return fake;
}

function uploadsOnPhone(fake: ReturnType<typeof createFakeIndexedDb>) {
  const files = fake.databases.get('uppy-blobs')?.get('files');
  return [...(files?.values() ?? [])].map((record) => record.store);
}

function leaveOnPhone(fake: ReturnType<typeof createFakeIndexedDb>, ...subs: string[]) {
  const instances: Record<string, string[]> = {};
  for (const sub of subs) {
    localStorage.setItem(DRAFT(sub), JSON.stringify({ savedAt: 'x', values: {} }));
    localStorage.setItem(UPLOAD_STATE(sub), '{}');
    instances[videoUppyId(sub, 'post-new')] = [`clip-of-${sub}`];
  }
  fake.databases.set('uppy-blobs', goldenRetrieverDatabase(instances));
}

beforeEach(() => {
  keycloak.instances = [];
  keycloak.atRedirect = undefined;
  keycloak.sub = 'anna';
});

describe('a shop phone shared by colleagues', () => {
  it('clears the person’s drafts, uploads and cached answers before leaving for Keycloak', async () => {
    const fake = phone();
    const app = await freshApp();
    await app.initAuth(CONFIG);
    leaveOnPhone(fake, 'anna', 'bruno');
    localStorage.setItem('bravo.composer.new', '{}');
    app.queryClient.setQueryData(['me'], { displayName: 'Anna' });
    let atRedirect: { keys: string[]; uploads: unknown[]; cachedQueries: number } | undefined;
    keycloak.atRedirect = () => {
      atRedirect = {
        keys: Object.keys(localStorage).sort(),
        uploads: uploadsOnPhone(fake),
        cachedQueries: app.queryClient.getQueryCache().getAll().length,
      };
    };

    await app.logout();

    expect(keycloak.instances[0]?.logout).toHaveBeenCalledTimes(1);
    // Bruno's entries are his; they go when someone else signs in.
    expect(atRedirect).toEqual({
      keys: [DRAFT('bruno'), UPLOAD_STATE('bruno')].sort(),
      uploads: [videoUppyId('bruno', 'post-new')],
      cachedQueries: 0,
    });
  });

  it('logs out once however many times the button is pressed', async () => {
    phone();
    const app = await freshApp();
    await app.initAuth(CONFIG);

    await Promise.all([app.logout(), app.logout()]);

    expect(keycloak.instances[0]?.logout).toHaveBeenCalledTimes(1);
  });

  it('shows the next person nothing of a colleague who left without logging out', async () => {
    const fake = phone();
    leaveOnPhone(fake, 'anna', 'bruno');
    localStorage.setItem('bravo.composer.new', '{}');
    keycloak.sub = 'bruno';

    const app = await freshApp();
    await app.initAuth(CONFIG);

    // Done before sign-in completes, so before anything renders.
    expect(Object.keys(localStorage).sort()).toEqual(
      [DRAFT('bruno'), UPLOAD_STATE('bruno')].sort(),
    );
    expect(uploadsOnPhone(fake)).toEqual([videoUppyId('bruno', 'post-new')]);
    expect(app.currentUserId()).toBe('bruno');
  });

  it('keeps a person’s own draft and upload when their session expired and they sign in again', async () => {
    const fake = phone();
    leaveOnPhone(fake, 'anna');

    const app = await freshApp();
    await app.initAuth(CONFIG);

    expect(localStorage.getItem(DRAFT('anna'))).not.toBeNull();
    expect(uploadsOnPhone(fake)).toEqual([videoUppyId('anna', 'post-new')]);
  });
});
