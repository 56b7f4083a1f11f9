import { api, ApiError, CLIENT_ERROR_CODES } from '@/lib/api-client';
import type { AuthConfig } from '@/lib/auth';

export type RuntimeConfig = AuthConfig;

function isRuntimeConfig(value: unknown): value is RuntimeConfig {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.keycloakUrl === 'string' &&
    typeof candidate.realm === 'string' &&
    typeof candidate.clientId === 'string'
  );
}

// The last configuration read, so that Bravo still opens without network (on the session and the
// pages kept for the person). Not personal: where Keycloak is, the same for everyone.
const REMEMBERED_CONFIG = 'bravo.runtime-config';

/**
 * The configuration read by an earlier open of Bravo in this browser, if any. A returning person's
 * phone opens on it rather than waiting for the server's (a round trip on a slow network before
 * anything shows): it only changes when Keycloak moves, which configForOpening notices as it reads
 * the current one alongside.
 */
function rememberedRuntimeConfig(): RuntimeConfig | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(REMEMBERED_CONFIG) ?? 'null');
    return isRuntimeConfig(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function remember(config: RuntimeConfig): void {
  try {
    localStorage.setItem(REMEMBERED_CONFIG, JSON.stringify(config));
  } catch {
    // Storage full or refused: only an offline open is lost.
  }
}

/**
 * Read before login, hence unauthenticated. Validated because a bad value breaks everything. Without
 * network, the configuration read last time.
 */
export async function getRuntimeConfig(): Promise<RuntimeConfig> {
  let config: unknown;
  try {
    config = await api.get<unknown>('/api/v1/config', { auth: false });
  } catch (error) {
    const fallback =
      error instanceof ApiError && error.status === 0 ? rememberedRuntimeConfig() : undefined;
    if (fallback) return fallback;
    throw error;
  }
  if (!isRuntimeConfig(config)) {
    throw new ApiError({ status: 200, code: CLIENT_ERROR_CODES.invalidResponse });
  }
  remember(config);
  return config;
}

function same(a: RuntimeConfig, b: RuntimeConfig): boolean {
  return a.keycloakUrl === b.keycloakUrl && a.realm === b.realm && a.clientId === b.clientId;
}

/**
 * The configuration to sign in with: the one remembered from the last open when there is one, so a
 * returning phone does not wait a round trip for it, otherwise the server's. The server's is read in
 * both cases (and remembered for next time); `onChanged` is called if it differs from the one the
 * page opened on.
 */
export async function configForOpening(onChanged: () => void): Promise<RuntimeConfig> {
  const remembered = rememberedRuntimeConfig();
  const current = getRuntimeConfig();
  if (!remembered) return current;
  void current.then(
    (config) => {
      if (!same(config, remembered)) onChanged();
    },
    // Offline or the server failing: the remembered one is all there is.
    () => undefined,
  );
  return remembered;
}
