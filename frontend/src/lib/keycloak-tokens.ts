import type Keycloak from 'keycloak-js';
import {
  inTurnAcrossTabs,
  markSpending,
  newerStoredSession,
  storeSession,
  tokenClaims,
} from '@/lib/stored-session';

// What auth.ts does with a keycloak-js instance's tokens: keep them for the next cold open, and
// refresh them in turn with the other tabs (docs/adr/0011-keeping-the-session.md).

export function refreshTokenExpired(instance: Keycloak): boolean {
  const exp = instance.refreshTokenParsed?.exp;
  // No refresh token expiry (offline tokens) means refreshing can still be attempted.
  return exp !== undefined && exp * 1000 <= Date.now();
}

export function rememberSession(instance: Keycloak): void {
  const sub = instance.tokenParsed?.sub;
  if (!sub || !instance.token || !instance.refreshToken) return;
  storeSession(sub, {
    token: instance.token,
    refreshToken: instance.refreshToken,
    idToken: instance.idToken,
  });
}

// Set from the moment the page is being left: the requests still in flight then are cancelled, and
// their failure says nothing about whether Keycloak got them.
let leaving = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    leaving = true;
  });
  // Back from the back-forward cache: the page lives again.
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
}

/**
 * Runs `work`, which spends the stored refresh token, with the stored session marked as being spent
 * until it ends: a page closed or reloaded before Keycloak's answer arrives leaves the mark, and the
 * next open knows the token may be spent (see `StoredSession.spending`). A new pair stored on success
 * replaces the marked one; a refresh that failed while the page stays (no network) unmarks it, to be
 * tried again.
 */
export async function spendingStoredToken<T>(
  sub: string | undefined,
  refreshToken: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!sub || !refreshToken) return work();
  markSpending(sub, refreshToken, true);
  try {
    return await work();
  } finally {
    // A page going away cancels the request; whether Keycloak spent the token is then unknown.
    if (!leaving) markSpending(sub, refreshToken, false);
  }
}

export function needsRefresh(instance: Keycloak, minValidity: number): boolean {
  try {
    return instance.isTokenExpired(minValidity);
  } catch {
    // "Not authenticated": let updateToken give its own answer.
    return true;
  }
}

/**
 * `updateToken`, but first taking over a refresh token another tab obtained since (this one's has then
 * been spent), and holding the cross-tab lock while refreshing so two tabs never spend the same one.
 */
export async function updateToken(instance: Keycloak, minValidity: number): Promise<void> {
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
    await spendingStoredToken(sub, instance.refreshToken, () => instance.updateToken(minValidity));
  };
  await inTurnAcrossTabs(refresh);
}
