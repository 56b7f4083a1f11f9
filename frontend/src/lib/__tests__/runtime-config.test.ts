import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { getRuntimeConfig } from '@/lib/runtime-config';
import { jsonResponse, mockFetch } from '@/testing/test-utils';

const CONFIG = { keycloakUrl: 'http://localhost:8180', realm: 'bravo', clientId: 'bravo-web' };

function offline() {
  mockFetch(() => {
    throw new TypeError('Failed to fetch');
  });
}

describe('getRuntimeConfig', () => {
  it('opens without network on the configuration read last time', async () => {
    mockFetch(() => jsonResponse(CONFIG));
    await expect(getRuntimeConfig()).resolves.toEqual(CONFIG);

    offline();

    await expect(getRuntimeConfig()).resolves.toEqual(CONFIG);
  });

  it('fails as offline when no configuration was ever read here', async () => {
    offline();

    const error = await getRuntimeConfig().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
  });

  it('does not hide an answer of the server behind the configuration read last time', async () => {
    mockFetch(() => jsonResponse(CONFIG));
    await getRuntimeConfig();
    mockFetch(() => jsonResponse({ title: 'down' }, { status: 503 }));

    const error = await getRuntimeConfig().catch((caught: unknown) => caught);

    expect((error as ApiError).status).toBe(503);
  });
});
