import Keycloak from 'keycloak-js';
import { currentLanguage } from '@/lib/i18n';
import { clearAllUserData, clearOtherUsersData, clearUserData } from '@/lib/local-data';
import {
  forgetStoredSessions,
  newerStoredSession,
  readStoredSession,
  storeSession,
  tokenClaims,
} from '@/lib/stored-session';

/** Where to log in; served by the backend so one build works against any Keycloak. */
export interface AuthConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

// A request should never leave with a token that could expire while it is in flight.
const MIN_TOKEN_VALIDITY_SECONDS = 30;
// Checked often enough that, with Keycloak's default 5-minute tokens, the refresh always
// happens before expiry, even if no API call is made for a while.
const REFRESH_CHECK_INTERVAL_MS = 20_000;
// Tabs share one stored refresh token, and Keycloak accepts each one once (rotation): refreshes are
// taken in turn across tabs, each starting from the newest token the others left.
const REFRESH_LOCK = 'bravo.auth.refresh';

let keycloak: Keycloak | undefined;
let initPromise: Promise<void> | undefined;
let refreshTimer: ReturnType<typeof setInterval> | undefined;
let redirecting = false;
let loggingOut: Promise<void> | undefined;

function refreshTokenExpired(instance: Keycloak): boolean {
  const exp = instance.refreshTokenParsed?.exp;
  // No refresh token expiry (offline tokens) means refreshing can still be attempted.
  return exp !== undefined && exp * 1000 <= Date.now();
}

function rememberSession(instance: Keycloak): void {
  const sub = instance.tokenParsed?.sub;
  if (!sub || !instance.token || !instance.refreshToken) return;
  storeSession(sub, {
    token: instance.token,
    refreshToken: instance.refreshToken,
    idToken: instance.idToken,
  });
}

function needsRefresh(instance: Keycloak, minValidity: number): boolean {
  try {
    return instance.isTokenExpired(minValidity);
  } catch {
    // "Not authenticated": let updateToken give its own answer.
    return true;
  }
}

/** Runs `work` while no other tab of Bravo spends the stored refresh token (Web Locks, where available). */
async function inTurnAcrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(REFRESH_LOCK, work) : work();
}

/**
 * `updateToken`, but first taking over a refresh token another tab obtained since (this one's has then
 * been spent), and holding the cross-tab lock while refreshing so two tabs never spend the same one.
 */
async function updateToken(instance: Keycloak, minValidity: number): Promise<void> {
  if (!needsRefresh(instance, minValidity)) return;
  const refresh = async () => {
    const sub = instance.tokenParsed?.sub;
    const newer = sub ? newerStoredSession(sub, instance.refreshToken) : undefined;
    if (newer) {
      instance.refreshToken = newer.refreshToken;
      const parsed = tokenClaims(newer.refreshToken);
      if (parsed) instance.refreshTokenParsed = parsed;
      if (newer.idToken) instance.idToken = newer.idToken;
    }
    await instance.updateToken(minValidity);
  };
  await inTurnAcrossTabs(refresh);
}

async function refreshInBackground(instance: Keycloak): Promise<void> {
  try {
    await updateToken(instance, MIN_TOKEN_VALIDITY_SECONDS * 2);
  } catch {
    // A transient network failure must not kick the user out; only a dead session should.
    if (refreshTokenExpired(instance)) login();
  }
}

async function startKeycloak(config: AuthConfig): Promise<void> {
  const instance = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  instance.onTokenExpired = () => void refreshInBackground(instance);
  // Every new pair of tokens replaces the stored one: with rotation, the previous refresh token is spent.
  instance.onAuthRefreshSuccess = () => {
    rememberSession(instance);
  };
  // Keycloak refused the refresh token (session ended, idle too long, logged out elsewhere): a token
  // that can never work again is not kept.
  instance.onAuthLogout = () => {
    forgetStoredSessions();
  };

  // A session kept from an earlier visit signs in with one token request, without leaving the page;
  // if Keycloak refuses it, init falls back to the login redirect (onLoad). In turn with other tabs:
  // two opened at once (a restored browser) would otherwise both spend the same stored token, and
  // Keycloak ends the session on reuse. The second one reads what the first left.
  const authenticated = await inTurnAcrossTabs(() => {
    const stored = readStoredSession(config);
    return instance.init({
      ...(stored && { token: stored.token, refreshToken: stored.refreshToken }),
      ...(stored?.idToken && { idToken: stored.idToken }),
      onLoad: 'login-required',
      flow: 'standard',
      pkceMethod: 'S256',
      responseMode: 'fragment',
      // The session-status iframe (and its third-party-cookie probe) breaks under modern browser
      // cookie policies; token refresh alone is enough to notice an ended session.
      checkLoginIframe: false,
      // Sent as `ui_locales`, so the login page speaks the same language as the app.
      locale: currentLanguage(),
    });
  });
  if (!authenticated) {
    // login-required normally redirects inside init(); this only covers unexpected adapter states.
    await instance.login({ locale: currentLanguage() });
    return;
  }

  // Before anything renders: what someone else left on this device (a tab closed without logging
  // out, a session that expired on a shared phone) is removed, never shown. Their keys would
  // already hide it; removing it also takes it off a phone they may not touch again.
  const sub = instance.tokenParsed?.sub;
  await (sub ? clearOtherUsersData(sub) : clearAllUserData());
  // After the purge, which would also take another person's stored session (their key, not ours).
  rememberSession(instance);

  keycloak = instance;
  refreshTimer ??= setInterval(() => {
    if (keycloak) void refreshInBackground(keycloak);
  }, REFRESH_CHECK_INTERVAL_MS);
}

/**
 * Logs the user in: with the session kept from an earlier visit when Keycloak still accepts it,
 * otherwise by redirecting to Keycloak. Safe to call many times: React
 * StrictMode mounts twice in development and a Keycloak instance can only be initialised once.
 */
export function initAuth(config: AuthConfig): Promise<void> {
  initPromise ??= startKeycloak(config).catch((error: unknown) => {
    // Allow "retry" to start over with a brand-new Keycloak instance.
    initPromise = undefined;
    throw error;
  });
  return initPromise;
}

/**
 * The signed-in person's id (the token's `sub`), which names everything kept for them in this
 * browser; undefined before sign-in.
 */
export function currentUserId(): string | undefined {
  return keycloak?.tokenParsed?.sub;
}

/** A token valid for at least MIN_TOKEN_VALIDITY_SECONDS, refreshed first if needed. */
export async function getAccessToken(): Promise<string> {
  const instance = keycloak;
  if (!instance) throw new Error('Authentication has not been initialised');

  try {
    await updateToken(instance, MIN_TOKEN_VALIDITY_SECONDS);
  } catch (error) {
    // Keycloak unreachable for a moment: the current token may still be good enough.
    if (instance.token && !instance.isTokenExpired(5)) return instance.token;
    login();
    throw error instanceof Error ? error : new Error('Token refresh failed');
  }
  if (!instance.token) {
    login();
    throw new Error('No access token after refresh');
  }
  return instance.token;
}

/** Sends the user to the Keycloak login page, once, however many requests failed with 401. */
export function login(): void {
  if (redirecting) return;
  redirecting = true;
  if (keycloak) {
    void keycloak.login({ locale: currentLanguage() });
  } else {
    // Not initialised yet: a reload restarts the boot sequence, which logs in.
    window.location.reload();
  }
}

/**
 * Clears everything this browser keeps for the person (drafts, upload state and files, cached
 * answers), then ends the Keycloak session. Clearing comes first: once Keycloak's page loads,
 * this page and its chance to clean up are gone.
 */
export function logout(): Promise<void> {
  loggingOut ??= (async () => {
    if (refreshTimer) clearInterval(refreshTimer);
    refreshTimer = undefined;
    redirecting = true;
    // First of all: on a shared phone the next person must not be able to resume this session,
    // even if clearing the rest or reaching Keycloak fails.
    forgetStoredSessions();
    const sub = currentUserId();
    await (sub ? clearUserData(sub) : clearAllUserData());
    await keycloak?.logout({ redirectUri: `${window.location.origin}/` });
  })().catch((error: unknown) => {
    // Keycloak unreachable: let the person try again.
    loggingOut = undefined;
    throw error;
  });
  return loggingOut;
}
