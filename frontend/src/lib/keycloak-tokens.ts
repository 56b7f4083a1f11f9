import type Keycloak from 'keycloak-js';
import {
  inTurnAcrossTabs,
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
    await instance.updateToken(minValidity);
  };
  await inTurnAcrossTabs(refresh);
}
