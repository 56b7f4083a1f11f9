import { keyOwner, userScopedKey } from '@/lib/local-data';

/**
 * The Keycloak tokens kept in this browser so that a cold open or a deep link signs in with one token
 * request instead of a full-page round trip through Keycloak (docs/adr/0011-keeping-the-session.md).
 *
 * Kept under the person's own key (`userScopedKey`), so everything local-data does for drafts holds for
 * it too: logging out removes it, and the next person's sign-in purges it.
 */
export interface StoredSession {
  token: string;
  refreshToken: string;
  idToken?: string | undefined;
  /**
   * Set while a page spends this refresh token. Still set at the next open, it means that page went
   * away before Keycloak's answer came back: Keycloak may have spent the token, and presenting it again
   * would end the session (rotation), so it is not offered.
   */
  spending?: boolean | undefined;
}

/** Which Keycloak and client the tokens must come from; anything else in storage is ignored. */
export interface SessionIssuer {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

const SESSION_NAME = 'auth.session';

type Claims = Record<string, unknown>;

/** The payload of a JWT, unverified: only used to pick which stored tokens are worth offering Keycloak. */
export function tokenClaims(jwt: string | undefined): Claims | undefined {
  const payload = jwt?.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage disabled: every cold open goes through Keycloak, as before.
    return undefined;
  }
}

function sessionKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.endsWith(`:${SESSION_NAME}`)) keys.push(key);
  }
  return keys;
}

function parse(value: string | null): StoredSession | undefined {
  if (!value) return undefined;
  try {
    const session = JSON.parse(value) as Partial<StoredSession>;
    if (typeof session.token !== 'string' || typeof session.refreshToken !== 'string') {
      return undefined;
    }
    return {
      token: session.token,
      refreshToken: session.refreshToken,
      idToken: typeof session.idToken === 'string' ? session.idToken : undefined,
      spending: session.spending === true ? true : undefined,
    };
  } catch {
    return undefined;
  }
}

function fromIssuer(claims: Claims | undefined, issuer: SessionIssuer): boolean {
  const expected = `${issuer.keycloakUrl.replace(/\/+$/, '')}/realms/${issuer.realm}`;
  return claims?.iss === expected && claims.azp === issuer.clientId;
}

/**
 * The session left by the last person signed in here, if it can still be offered to Keycloak: exactly
 * one stored, whose tokens name the person its key names, from this Keycloak and client, and whose
 * refresh token has not expired. Anything else is removed, never used: two people's sessions (whose
 * phone is it now?), tokens under someone else's key, a dead or foreign session.
 */
export function readStoredSession(
  issuer: SessionIssuer,
  now = Date.now(),
): StoredSession | undefined {
  const store = storage();
  if (!store) return undefined;
  const keys = sessionKeys(store);
  const [key] = keys;
  let session: StoredSession | undefined;
  if (keys.length === 1 && key) {
    const owner = keyOwner(key);
    const candidate = parse(store.getItem(key));
    const access = tokenClaims(candidate?.token);
    const refresh = tokenClaims(candidate?.refreshToken);
    const usable =
      owner !== null &&
      key === userScopedKey(owner, SESSION_NAME) &&
      access?.sub === owner &&
      refresh?.sub === owner &&
      fromIssuer(access, issuer) &&
      // A refresh token without expiry (offline) is left for Keycloak to judge.
      (typeof refresh.exp !== 'number' || refresh.exp * 1000 > now);
    if (usable) session = candidate;
  }
  if (!session)
    keys.forEach((stale) => {
      store.removeItem(stale);
    });
  return session;
}

function write(sub: string, session: StoredSession): void {
  try {
    storage()?.setItem(userScopedKey(sub, SESSION_NAME), JSON.stringify(session));
  } catch {
    // Storage full or refused: the next cold open goes through Keycloak, nothing worse.
  }
}

function storedOf(sub: string): StoredSession | undefined {
  return parse(storage()?.getItem(userScopedKey(sub, SESSION_NAME)) ?? null);
}

/**
 * Keeps the current tokens of `sub` for the next cold open (after sign-in and every refresh). The same
 * tokens again are nothing new: the entry, and its `spending` mark, stay as they are.
 */
export function storeSession(sub: string, session: StoredSession): void {
  if (storedOf(sub)?.refreshToken === session.refreshToken) return;
  write(sub, session);
}

/**
 * Marks (or unmarks) the stored session of `sub` as being spent, if it still holds `refreshToken`:
 * once a new pair is stored, or the session forgotten, there is nothing left to mark.
 */
export function markSpending(sub: string, refreshToken: string, spending: boolean): void {
  const stored = storedOf(sub);
  if (stored?.refreshToken !== refreshToken) return;
  write(sub, { ...stored, spending: spending || undefined });
}

/**
 * The stored session of `sub` when it is newer than the tokens this tab holds: another tab refreshed
 * since, and with rotation the refresh token this tab holds has been spent.
 */
export function newerStoredSession(
  sub: string,
  heldRefreshToken: string | undefined,
): StoredSession | undefined {
  const stored = storedOf(sub);
  if (!stored || stored.refreshToken === heldRefreshToken) return undefined;
  const storedAt = tokenClaims(stored.refreshToken)?.iat;
  const heldAt = tokenClaims(heldRefreshToken)?.iat;
  if (typeof storedAt !== 'number') return undefined;
  return typeof heldAt !== 'number' || storedAt >= heldAt ? stored : undefined;
}

/** Removes every stored session: at logout, and when Keycloak refused the tokens. */
export function forgetStoredSessions(): void {
  const store = storage();
  if (!store) return;
  sessionKeys(store).forEach((key) => {
    store.removeItem(key);
  });
}

/** Seconds before `jwt` expires (unverified claims); -Infinity when it cannot be read. */
export function secondsLeft(jwt: string | undefined, now = Date.now()): number {
  const exp = tokenClaims(jwt)?.exp;
  return typeof exp === 'number' ? exp - now / 1000 : Number.NEGATIVE_INFINITY;
}

// Tabs share one stored refresh token, and Keycloak accepts each one once (rotation): refreshes are
// taken in turn across tabs, each starting from the newest token the others left.
const REFRESH_LOCK = 'bravo.auth.refresh';

/** Runs `work` while no other tab of Bravo spends the stored refresh token (Web Locks, where available). */
export async function inTurnAcrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(REFRESH_LOCK, work) : work();
}

/**
 * Keycloak's end-of-session address, as keycloak-js's logout builds it, for a session held without
 * keycloak-js. Without `idToken` Keycloak asks the person to confirm; with it the session ends at once.
 */
export function endOfSessionUrl(
  issuer: SessionIssuer,
  idToken: string | undefined,
  redirectUri: string,
): string {
  const realm = encodeURIComponent(issuer.realm);
  const url = new URL(
    `${issuer.keycloakUrl.replace(/\/+$/, '')}/realms/${realm}/protocol/openid-connect/logout`,
  );
  url.searchParams.set('client_id', issuer.clientId);
  url.searchParams.set('post_logout_redirect_uri', redirectUri);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.toString();
}
