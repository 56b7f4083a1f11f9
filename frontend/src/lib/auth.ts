import type Keycloak from 'keycloak-js';
import { currentLanguage } from '@/lib/i18n';
import { SessionUnreachableError } from '@/lib/session-unreachable';
import { clearAllUserData, clearOtherUsersData, clearUserData } from '@/lib/local-data';
import {
  refreshTokenExpired,
  rememberSession,
  spendingStoredToken,
  updateToken,
} from '@/lib/keycloak-tokens';
import {
  endOfSessionUrl,
  forgetStoredSessions,
  inTurnAcrossTabs,
  readStoredSession,
  secondsLeft,
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
// On a session kept with a still-valid access token, the least time the first screen has for itself
// before keycloak-js is loaded and takes over the session (its start-up spends a refresh token).
const TAKE_OVER_DELAY_MS = 3_000;

/**
 * The session kept from an earlier visit, used as it is until keycloak-js takes it over: a cold open
 * whose access token is still valid shows the first screen without loading keycloak-js or asking
 * Keycloak anything, and an open without network shows what was kept for the person (ADR 0011).
 */
interface KeptSession {
  sub: string;
  token: string;
  idToken?: string | undefined;
}

let keycloakModule: Promise<{ default: typeof Keycloak }> | undefined;
/** keycloak-js (a sixth of the first screen's scripts) is only fetched when a session needs it. */
function loadKeycloak(): Promise<{ default: typeof Keycloak }> {
  keycloakModule ??= import('keycloak-js').catch((error: unknown) => {
    keycloakModule = undefined;
    throw error;
  });
  return keycloakModule;
}

let keycloak: Keycloak | undefined;
let kept: KeptSession | undefined;
let authConfig: AuthConfig | undefined;
let takeOverPromise: Promise<void> | undefined;
let initPromise: Promise<void> | undefined;
let refreshTimer: ReturnType<typeof setInterval> | undefined;
let redirecting = false;
let loggingOut: Promise<void> | undefined;

async function refreshInBackground(instance: Keycloak): Promise<void> {
  try {
    await updateToken(instance, MIN_TOKEN_VALIDITY_SECONDS * 2);
  } catch {
    // A transient network failure must not kick the user out; only a dead session should.
    if (refreshTokenExpired(instance)) login();
  }
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** The page is Keycloak's redirect back after its login form: only keycloak-js can finish that. */
function returningFromLogin(): boolean {
  return typeof window !== 'undefined' && /(^#|&)(code|error)=/.test(window.location.hash);
}

/**
 * Starts keycloak-js: with the stored session if there is one (one token request, no redirect),
 * otherwise through Keycloak's login page. Resolves once there is a person to show the app to; a
 * redirect to the login page never resolves in practice (the page goes away).
 */
async function startKeycloak(config: AuthConfig): Promise<void> {
  // Taking over a kept session the app already opened on: its person's data was checked then.
  const openFor = kept?.sub;
  const { default: KeycloakAdapter } = await loadKeycloak();
  const instance = new KeycloakAdapter({
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
  const options = {
    flow: 'standard',
    pkceMethod: 'S256',
    responseMode: 'fragment',
    // The session-status iframe (and its third-party-cookie probe) breaks under modern browser
    // cookie policies; token refresh alone is enough to notice an ended session.
    checkLoginIframe: false,
    // Sent as `ui_locales`, so the login page speaks the same language as the app.
    locale: currentLanguage(),
  } as const;

  // A session kept from an earlier visit signs in with one token request, without leaving the page.
  // In turn with other tabs: two opened at once (a restored browser) would otherwise both spend the
  // same stored token, and Keycloak ends the session on reuse. The second one reads what the first left.
  const authenticated = await inTurnAcrossTabs(async () => {
    const stored = readStoredSession(config);
    if (!stored || stored.spending) {
      // A page went away while spending the stored token (a reload, a link followed mid-refresh):
      // Keycloak may have spent it, and would end the session if it saw it again. Keycloak's own
      // session cookie signs the person in again on the way through, without the form while it lives.
      if (stored) forgetStoredSessions();
      return instance.init({ ...options, onLoad: 'login-required' });
    }
    const owner = tokenClaims(stored.token)?.sub;
    try {
      // Without onLoad, a failed refresh comes back here instead of redirecting: whether to send the
      // person to the login page depends on why it failed.
      return await spendingStoredToken(
        typeof owner === 'string' ? owner : undefined,
        stored.refreshToken,
        () =>
          instance.init({
            ...options,
            token: stored.token,
            refreshToken: stored.refreshToken,
            ...(stored.idToken && { idToken: stored.idToken }),
          }),
      );
    } catch {
      // Keycloak refused the token (keycloak-js then clears it): the session is over, sign in again.
      // Otherwise Keycloak could not be reached and the session may well be alive: the person keeps
      // the app with what was kept for them, and the next request tries the refresh again.
      return instance.refreshToken !== undefined;
    }
  });
  if (!authenticated) {
    await instance.login({ locale: currentLanguage() });
    return;
  }

  const sub = instance.tokenParsed?.sub;
  if (sub === undefined || sub !== openFor) {
    // Before anything renders: what someone else left on this device (a tab closed without logging
    // out, a session that expired on a shared phone) is removed, never shown. Their keys would
    // already hide it; removing it also takes it off a phone they may not touch again.
    await (sub ? clearOtherUsersData(sub) : clearAllUserData());
  }
  // After the purge, which would also take another person's stored session (their key, not ours).
  rememberSession(instance);

  keycloak = instance;
  refreshTimer ??= setInterval(() => {
    if (keycloak) void refreshInBackground(keycloak);
  }, REFRESH_CHECK_INTERVAL_MS);
}

/** keycloak-js takes over the kept session, once; tried again after a failure (network back). */
function takeOver(): Promise<void> {
  const config = authConfig;
  if (!config) return Promise.reject(new Error('Authentication has not been initialised'));
  takeOverPromise ??= startKeycloak(config).catch((error: unknown) => {
    takeOverPromise = undefined;
    throw error;
  });
  return takeOverPromise;
}

/**
 * Opens on the session kept from an earlier visit, without keycloak-js, when that is safe and
 * useful: its access token is still valid (nothing to ask Keycloak before the first screen), or
 * the phone is offline (Keycloak could not be asked anyway, and the person can still read what was
 * kept for them). keycloak-js takes over after the first screen, or when the network returns.
 */
async function openOnKeptSession(config: AuthConfig): Promise<boolean> {
  if (returningFromLogin()) return false;
  const stored = readStoredSession(config);
  const sub = tokenClaims(stored?.token)?.sub;
  if (!stored || typeof sub !== 'string') return false;
  const valid = secondsLeft(stored.token) > MIN_TOKEN_VALIDITY_SECONDS * 2;
  if (!valid && !offline()) return false;

  await clearOtherUsersData(sub);
  kept = { sub, token: stored.token, idToken: stored.idToken };
  const later = () => void takeOver().catch(() => undefined);
  if (offline()) {
    window.addEventListener('online', later, { once: true });
  } else {
    // Not before the kept token needs renewing: taking over spends a refresh token, and spending one
    // on every page load (each reload, each link opened in a new tab) would multiply the moments when
    // a page that goes away loses the answer (see StoredSession.spending).
    const renewInMs = (secondsLeft(stored.token) - MIN_TOKEN_VALIDITY_SECONDS * 2) * 1000;
    setTimeout(later, Math.max(TAKE_OVER_DELAY_MS, renewInMs));
  }
  return true;
}

async function boot(config: AuthConfig): Promise<void> {
  authConfig = config;
  if (await openOnKeptSession(config)) return;
  await takeOver();
}

/**
 * Logs the user in: on the session kept from an earlier visit when it is still valid, otherwise by
 * redirecting to Keycloak. Safe to call many times: React StrictMode mounts twice in development
 * and a Keycloak instance can only be initialised once.
 */
export function initAuth(config: AuthConfig): Promise<void> {
  initPromise ??= boot(config).catch((error: unknown) => {
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
  return keycloak?.tokenParsed?.sub ?? kept?.sub;
}

/**
 * A token valid for at least MIN_TOKEN_VALIDITY_SECONDS, refreshed first if needed. Rejects with
 * SessionUnreachableError when only the network stands in the way.
 */
export async function getAccessToken(): Promise<string> {
  if (!keycloak && kept) {
    if (secondsLeft(kept.token) > MIN_TOKEN_VALIDITY_SECONDS) return kept.token;
    try {
      await takeOver();
    } catch (error) {
      throw new SessionUnreachableError(error);
    }
  }
  const instance = keycloak;
  if (!instance) throw new Error('Authentication has not been initialised');

  try {
    await updateToken(instance, MIN_TOKEN_VALIDITY_SECONDS);
  } catch (error) {
    // Keycloak unreachable for a moment: the current token may still be good enough.
    if (instance.token && !instance.isTokenExpired(5)) return instance.token;
    // Still holding a refresh token means Keycloak did not refuse it: no network, not a dead session.
    if (instance.refreshToken) throw new SessionUnreachableError(error);
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
    // Not signed in through keycloak-js yet, or the kept session was refused by the API: it is not
    // offered again, and a reload restarts the boot sequence, which logs in.
    if (kept) forgetStoredSessions();
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
    if (keycloak) {
      await keycloak.logout({ redirectUri: `${window.location.origin}/` });
    } else if (authConfig && kept) {
      // Opened on the kept session and not taken over yet: the same end-of-session page keycloak-js
      // would open, without loading it (and spending a refresh token) just to leave.
      window.location.assign(
        endOfSessionUrl(authConfig, kept.idToken, `${window.location.origin}/`),
      );
    }
  })().catch((error: unknown) => {
    // Keycloak unreachable: let the person try again.
    loggingOut = undefined;
    throw error;
  });
  return loggingOut;
}
