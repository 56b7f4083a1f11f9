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

function remembered(): RuntimeConfig | undefined {
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
    const fallback = error instanceof ApiError && error.status === 0 ? remembered() : undefined;
    if (fallback) return fallback;
    throw error;
  }
  if (!isRuntimeConfig(config)) {
    throw new ApiError({ status: 200, code: CLIENT_ERROR_CODES.invalidResponse });
  }
  remember(config);
  return config;
}
