import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Auth from '@/lib/auth';
import { userScopedKey } from '@/lib/local-data';

// A stand-in for keycloak-js that behaves like it where the boot logic depends on it: init with
// stored tokens refreshes them once (refused: tokens cleared, onAuthLogout, then the login redirect);
// init without tokens either comes back from Keycloak's page as someone or redirects there.
const fake = vi.hoisted(() => {
  interface Claims {
    sub?: string;
    iat?: number;
    exp?: number;
  }
  const state: {
    instances: FakeKeycloak[];
    /** What Keycloak answers to a refresh: new tokens, a refusal, or nothing (no network). */
    refreshAnswer: 'accept' | 'refuse' | 'unreachable';
    /** Set when the page is the redirect back from Keycloak's login form, signed in as this person. */
    returningAs: string | undefined;
    /** Refresh tokens Keycloak has seen: with rotation, presenting one again ends the session. */
    spent: Set<string>;
    /** Called while a refresh request is in flight, before Keycloak answers. */
    inFlight: (() => void) | undefined;
  } = {
    instances: [],
    refreshAnswer: 'accept',
    returningAs: undefined,
    spent: new Set(),
    inFlight: undefined,
  };

  function decode(jwt: string): Claims {
    return JSON.parse(atob(jwt.split('.')[1] ?? '')) as Claims;
  }

  class FakeKeycloak {
    token: string | undefined;
    refreshToken: string | undefined;
    idToken: string | undefined;
    tokenParsed: Claims | undefined;
    refreshTokenParsed: Claims | undefined;
    initOptions: Record<string, unknown> | undefined;
    onAuthRefreshSuccess: (() => void) | undefined;
    onAuthLogout: (() => void) | undefined;
    onTokenExpired: (() => void) | undefined;
    spentRefreshTokens: string[] = [];
    login = vi.fn(() => Promise.resolve());
    logout = vi.fn(() => Promise.resolve());

    constructor() {
      state.instances.push(this);
    }

    setTokens(token?: string, refreshToken?: string, idToken?: string): void {
      this.token = token;
      this.refreshToken = refreshToken;
      this.idToken = idToken;
      this.tokenParsed = token ? decode(token) : undefined;
      this.refreshTokenParsed = refreshToken ? decode(refreshToken) : undefined;
    }

    isTokenExpired(minValidity = 0): boolean {
      const exp = this.tokenParsed?.exp ?? 0;
      return exp - minValidity <= Date.now() / 1000;
    }

    updateToken = vi.fn(async (minValidity: number): Promise<boolean> => {
      await Promise.resolve();
      if (minValidity !== -1 && !this.isTokenExpired(minValidity)) return false;
      const sub = this.tokenParsed?.sub ?? 'nobody';
      state.inFlight?.();
      // keycloak-js keeps the tokens when the request itself fails: only a 400 clears them.
      if (state.refreshAnswer === 'unreachable') throw new TypeError('Failed to fetch');
      if (
        state.refreshAnswer === 'refuse' ||
        !this.refreshToken ||
        state.spent.has(this.refreshToken)
      ) {
        this.setTokens();
        this.onAuthLogout?.();
        throw new Error('invalid_grant');
      }
      this.spentRefreshTokens.push(this.refreshToken);
      state.spent.add(this.refreshToken);
      this.setTokens(jwt(sub, 300), jwt(sub, 28_800), jwt(sub, 300));
      this.onAuthRefreshSuccess?.();
      return true;
    });

    init = vi.fn(async (options: Record<string, unknown>): Promise<boolean> => {
      this.initOptions = options;
      if (state.returningAs) {
        const sub = state.returningAs;
        this.setTokens(jwt(sub, 300), jwt(sub, 28_800), jwt(sub, 300));
        return true;
      }
      if (typeof options.token === 'string' && typeof options.refreshToken === 'string') {
        this.setTokens(options.token, options.refreshToken, options.idToken as string | undefined);
        try {
          await this.updateToken(-1);
          return true;
        } catch (error) {
          // Without onLoad, keycloak-js hands the failure back instead of redirecting.
          if (!options.onLoad) throw error;
          await this.login();
          return false;
        }
      }
      await this.login();
      return false;
    });
  }

  let serial = 0;
  /** A token of `sub` expiring in `seconds`; each one different, like Keycloak's. */
  function jwt(sub: string, seconds: number, issuer = 'http://kc.test/realms/bravo'): string {
    serial += 1;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub,
      iat: now,
      exp: now + seconds,
      iss: issuer,
      azp: 'bravo-web',
      jti: serial,
    };
    return `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;
  }

  return { state, FakeKeycloak, jwt };
});

vi.mock('keycloak-js', () => ({ default: fake.FakeKeycloak }));

const CONFIG = { keycloakUrl: 'http://kc.test', realm: 'bravo', clientId: 'bravo-web' };
const SESSION = 'auth.session';

function storeSessionOf(
  sub: string,
  options: { refreshExpiresIn?: number; tokensOf?: string; tokenExpiresIn?: number } = {},
) {
  const holder = options.tokensOf ?? sub;
  const session = {
    token: fake.jwt(holder, options.tokenExpiresIn ?? -60),
    refreshToken: fake.jwt(holder, options.refreshExpiresIn ?? 3_600),
    idToken: fake.jwt(holder, -60),
  };
  localStorage.setItem(userScopedKey(sub, SESSION), JSON.stringify(session));
  return session;
}

function storedSessionOf(sub: string): { refreshToken: string; spending?: boolean } | null {
  const value = localStorage.getItem(userScopedKey(sub, SESSION));
  return value ? (JSON.parse(value) as { refreshToken: string; spending?: boolean }) : null;
}

function onlyInstance() {
  expect(fake.state.instances).toHaveLength(1);
  const [instance] = fake.state.instances;
  if (!instance) throw new Error('no Keycloak instance');
  return instance;
}

// The module keeps its Keycloak instance for the page's life: each test loads a fresh copy.
async function loadAuth(): Promise<typeof Auth> {
  vi.resetModules();
  return vi.importActual<typeof Auth>('@/lib/auth');
}

beforeEach(() => {
  fake.state.instances = [];
  fake.state.refreshAnswer = 'accept';
  fake.state.returningAs = undefined;
  fake.state.spent = new Set();
  fake.state.inFlight = undefined;
});

/** Web Locks as browsers do them for one name: each request runs after the previous one settled. */
function installWebLocks(): () => void {
  let tail: Promise<unknown> = Promise.resolve();
  const locks = {
    request: (_name: string, work: () => Promise<unknown>) => {
      const run = tail.then(work);
      tail = run.catch(() => undefined);
      return run;
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return () => {
    Reflect.deleteProperty(navigator, 'locks');
  };
}

afterEach(() => {
  vi.useRealTimers();
});

/** Starts the app and checks that Keycloak was offered no kept session and asked to sign in. */
async function expectSignInAfresh() {
  const auth = await loadAuth();
  await auth.initAuth(CONFIG);
  const keycloak = onlyInstance();
  expect(keycloak.initOptions?.refreshToken).toBeUndefined();
  expect(keycloak.login).toHaveBeenCalled();
}

/** The app opened on Camille's kept session, with the Keycloak it started. */
async function openOnCamillesKeptSession() {
  storeSessionOf('camille');
  const auth = await loadAuth();
  await auth.initAuth(CONFIG);
  return { auth, keycloak: onlyInstance() };
}

describe('initAuth', () => {
  it('signs in with the stored session of the last person, without a redirect to Keycloak', async () => {
    const stored = storeSessionOf('camille');
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    const keycloak = onlyInstance();
    expect(keycloak.initOptions).toMatchObject({
      token: stored.token,
      refreshToken: stored.refreshToken,
      idToken: stored.idToken,
    });
    expect(keycloak.initOptions?.onLoad).toBeUndefined();
    expect(keycloak.login).not.toHaveBeenCalled();
    expect(auth.currentUserId()).toBe('camille');
    // The refresh at start-up spent the stored refresh token (rotation): the new one replaces it.
    expect(keycloak.spentRefreshTokens).toEqual([stored.refreshToken]);
    expect(storedSessionOf('camille')?.refreshToken).toBe(keycloak.refreshToken);
  });

  it('goes to the login page and forgets the stored session when Keycloak refuses it', async () => {
    storeSessionOf('camille');
    fake.state.refreshAnswer = 'refuse';
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    expect(onlyInstance().login).toHaveBeenCalled();
    expect(storedSessionOf('camille')).toBeNull();
  });

  it('does not even offer Keycloak a stored session whose refresh token has expired', async () => {
    storeSessionOf('camille', { refreshExpiresIn: -1 });
    await expectSignInAfresh();
    expect(storedSessionOf('camille')).toBeNull();
  });

  it('never uses tokens of one person stored under the key of another', async () => {
    storeSessionOf('camille', { tokensOf: 'hugo' });
    await expectSignInAfresh();
    expect(localStorage.length).toBe(0);
  });

  it('uses neither session when two people left one: whose phone it is now is not known', async () => {
    storeSessionOf('camille');
    storeSessionOf('hugo');
    await expectSignInAfresh();
    expect(storedSessionOf('camille')).toBeNull();
    expect(storedSessionOf('hugo')).toBeNull();
  });

  it('ignores a session from another Keycloak', async () => {
    const foreign = {
      token: fake.jwt('camille', 300, 'http://other.test/realms/bravo'),
      refreshToken: fake.jwt('camille', 3_600, 'http://other.test/realms/bravo'),
    };
    localStorage.setItem(userScopedKey('camille', SESSION), JSON.stringify(foreign));
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    expect(onlyInstance().initOptions?.refreshToken).toBeUndefined();
  });

  it('replaces the session of the person who was here by that of the one who signs in', async () => {
    storeSessionOf('camille');
    // Camille's session had ended on Keycloak's side; Hugo then signed in on the login page.
    fake.state.returningAs = 'hugo';
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    expect(auth.currentUserId()).toBe('hugo');
    expect(storedSessionOf('camille')).toBeNull();
    expect(storedSessionOf('hugo')).not.toBeNull();
  });
});

describe('two tabs opened at once', () => {
  it('spend the stored refresh token in turn, the second starting from what the first left', async () => {
    const removeLocks = installWebLocks();
    try {
      const stored = storeSessionOf('camille');
      const firstTab = await loadAuth();
      const secondTab = await loadAuth();

      await Promise.all([firstTab.initAuth(CONFIG), secondTab.initAuth(CONFIG)]);

      const [first, second] = fake.state.instances;
      expect(first?.login).not.toHaveBeenCalled();
      expect(second?.login).not.toHaveBeenCalled();
      expect(first?.spentRefreshTokens).toEqual([stored.refreshToken]);
      // Not the stored token the first tab had already spent: Keycloak would have ended the session.
      expect(second?.spentRefreshTokens).toEqual([first?.refreshToken]);
      expect(secondTab.currentUserId()).toBe('camille');
    } finally {
      removeLocks();
    }
  });
});

describe('a page that goes away while spending the stored refresh token', () => {
  it('marks the stored session while the refresh is in flight, and stores the new pair unmarked', async () => {
    const stored = storeSessionOf('camille');
    let duringRefresh: ReturnType<typeof storedSessionOf> = null;
    fake.state.inFlight = () => {
      duringRefresh = storedSessionOf('camille');
    };
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    expect(duringRefresh).toMatchObject({ refreshToken: stored.refreshToken, spending: true });
    expect(storedSessionOf('camille')).not.toHaveProperty('spending');
    expect(storedSessionOf('camille')?.refreshToken).toBe(onlyInstance().refreshToken);
  });

  it('leaves the next open going through Keycloak instead of presenting a token that may be spent', async () => {
    // The page was reloaded after Keycloak spent the token, before its answer arrived.
    const stored = storeSessionOf('camille');
    fake.state.spent.add(stored.refreshToken);
    const key = userScopedKey('camille', SESSION);
    localStorage.setItem(key, JSON.stringify({ ...stored, spending: true }));
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    const keycloak = onlyInstance();
    expect(keycloak.initOptions?.refreshToken).toBeUndefined();
    expect(keycloak.spentRefreshTokens).toEqual([]);
    expect(keycloak.initOptions?.onLoad).toBe('login-required');
    expect(storedSessionOf('camille')).toBeNull();
  });

  it('keeps the mark when the refresh fails because the page is being left', async () => {
    const stored = storeSessionOf('camille');
    fake.state.refreshAnswer = 'unreachable';
    // The reload cancels the request in flight: it fails, though Keycloak may have spent the token.
    fake.state.inFlight = () => {
      window.dispatchEvent(new Event('pagehide'));
    };
    const auth = await loadAuth();

    try {
      await auth.initAuth(CONFIG);

      expect(storedSessionOf('camille')).toMatchObject({
        refreshToken: stored.refreshToken,
        spending: true,
      });
    } finally {
      window.dispatchEvent(new Event('pageshow'));
    }
  });

  it('unmarks it when Keycloak could not be reached, so that it is tried again', async () => {
    const stored = storeSessionOf('camille');
    fake.state.refreshAnswer = 'unreachable';
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    expect(storedSessionOf('camille')).not.toHaveProperty('spending');
    expect(storedSessionOf('camille')?.refreshToken).toBe(stored.refreshToken);
  });
});

describe('getAccessToken', () => {
  it('refreshes from the newest stored refresh token when another tab rotated it', async () => {
    const { auth, keycloak } = await openOnCamillesKeptSession();
    const held = keycloak.refreshToken;

    // Another tab refreshed since: the token this tab holds is spent on Keycloak's side.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 1_000);
    const other = storeSessionOf('camille');
    vi.setSystemTime(Date.now() + 400_000);
    await auth.getAccessToken();

    expect(keycloak.spentRefreshTokens).toEqual([expect.any(String), other.refreshToken]);
    expect(keycloak.spentRefreshTokens).not.toContain(held);
    expect(storedSessionOf('camille')?.refreshToken).toBe(keycloak.refreshToken);
  });
});

describe('logout', () => {
  it('removes the stored session before ending the Keycloak session', async () => {
    const { auth, keycloak } = await openOnCamillesKeptSession();

    await auth.logout();

    expect(storedSessionOf('camille')).toBeNull();
    expect(keycloak.logout).toHaveBeenCalled();
  });
});

describe('opening on the kept session', () => {
  function setOnline(online: boolean): () => void {
    Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
    };
  }

  it('shows the first screen on a still-valid token without keycloak-js, which takes over when it needs renewing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const stored = storeSessionOf('camille', { tokenExpiresIn: 240 });
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    // Nothing asked of Keycloak before the first screen: the kept token is used as it is.
    expect(fake.state.instances).toHaveLength(0);
    expect(auth.currentUserId()).toBe('camille');
    await expect(auth.getAccessToken()).resolves.toBe(stored.token);

    // Nor later while the kept token has time left: no refresh token spent for each page opened.
    await vi.advanceTimersByTimeAsync(170_000);
    expect(fake.state.instances).toHaveLength(0);
    // A minute before it expires, keycloak-js takes over and renews it.
    await vi.advanceTimersByTimeAsync(11_000);

    const keycloak = onlyInstance();
    expect(keycloak.initOptions).toMatchObject({ refreshToken: stored.refreshToken });
    expect(keycloak.spentRefreshTokens).toEqual([stored.refreshToken]);
    expect(storedSessionOf('camille')?.refreshToken).toBe(keycloak.refreshToken);
    await expect(auth.getAccessToken()).resolves.toBe(keycloak.token);
  });

  it('opens offline on an expired token, then refreshes it when the network returns', async () => {
    const restoreOnline = setOnline(false);
    try {
      storeSessionOf('camille');
      fake.state.refreshAnswer = 'unreachable';
      const auth = await loadAuth();

      await auth.initAuth(CONFIG);

      expect(auth.currentUserId()).toBe('camille');
      expect(fake.state.instances).toHaveLength(0);
      // A request without network fails as offline; nobody is sent to a login page.
      const { SessionUnreachableError } = await import('@/lib/session-unreachable');
      await expect(auth.getAccessToken()).rejects.toBeInstanceOf(SessionUnreachableError);
      expect(onlyInstance().login).not.toHaveBeenCalled();
      expect(storedSessionOf('camille')).not.toBeNull();

      fake.state.refreshAnswer = 'accept';
      setOnline(true);
      window.dispatchEvent(new Event('online'));
      const token = await auth.getAccessToken();

      expect(token).toBe(onlyInstance().token);
      expect(storedSessionOf('camille')?.refreshToken).toBe(onlyInstance().refreshToken);
    } finally {
      restoreOnline();
    }
  });

  it('keeps the person signed in when Keycloak cannot be reached at a cold open', async () => {
    const stored = storeSessionOf('camille');
    fake.state.refreshAnswer = 'unreachable';
    const auth = await loadAuth();

    await auth.initAuth(CONFIG);

    const keycloak = onlyInstance();
    expect(keycloak.login).not.toHaveBeenCalled();
    expect(auth.currentUserId()).toBe('camille');
    expect(storedSessionOf('camille')?.refreshToken).toBe(stored.refreshToken);
  });

  it('never opens on the kept session of the page coming back from the login form', async () => {
    storeSessionOf('camille', { tokenExpiresIn: 240 });
    fake.state.returningAs = 'hugo';
    window.history.replaceState(null, '', '/#state=abc&code=xyz');
    try {
      const auth = await loadAuth();

      await auth.initAuth(CONFIG);

      expect(auth.currentUserId()).toBe('hugo');
      expect(storedSessionOf('camille')).toBeNull();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('forgets the kept session at logout and ends it at Keycloak without loading keycloak-js', async () => {
    const stored = storeSessionOf('camille', { tokenExpiresIn: 240 });
    const auth = await loadAuth();
    await auth.initAuth(CONFIG);
    const assign = vi.fn();
    const location = window.location;
    Object.defineProperty(window, 'location', {
      value: { origin: location.origin, hash: '', assign },
      configurable: true,
    });
    try {
      await auth.logout();
    } finally {
      Object.defineProperty(window, 'location', { value: location, configurable: true });
    }

    expect(storedSessionOf('camille')).toBeNull();
    expect(fake.state.instances).toHaveLength(0);
    const url = new URL(String(assign.mock.calls[0]?.[0]));
    expect(`${url.origin}${url.pathname}`).toBe(
      'http://kc.test/realms/bravo/protocol/openid-connect/logout',
    );
    expect(url.searchParams.get('id_token_hint')).toBe(stored.idToken);
    expect(url.searchParams.get('client_id')).toBe('bravo-web');
  });
});
