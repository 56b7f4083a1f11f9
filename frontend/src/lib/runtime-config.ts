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

/** Read before login, hence unauthenticated. Validated because a bad value breaks everything. */
export async function getRuntimeConfig(): Promise<RuntimeConfig> {
  const config = await api.get<unknown>('/api/v1/config', { auth: false });
  if (!isRuntimeConfig(config)) {
    throw new ApiError({ status: 200, code: CLIENT_ERROR_CODES.invalidResponse });
  }
  return config;
}
