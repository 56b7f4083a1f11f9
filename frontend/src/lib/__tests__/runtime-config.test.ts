import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { configForOpening, getRuntimeConfig } from '@/lib/runtime-config';
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

describe('configForOpening', () => {
  it('opens at once on the configuration remembered from the last open, reading it again alongside', async () => {
    mockFetch(() => jsonResponse(CONFIG));
    await getRuntimeConfig();
    let answer: (response: Response) => void = () => undefined;
    const fetched = mockFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const changed = vi.fn();

    await expect(configForOpening(changed)).resolves.toEqual(CONFIG);

    expect(fetched).toHaveBeenCalledTimes(1);
    answer(jsonResponse(CONFIG));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changed).not.toHaveBeenCalled();
  });

  it('says so when the server now gives another configuration, and remembers it', async () => {
    mockFetch(() => jsonResponse(CONFIG));
    await getRuntimeConfig();
    const moved = { ...CONFIG, keycloakUrl: 'https://login.example.com' };
    mockFetch(() => jsonResponse(moved));
    const changed = vi.fn();

    await expect(configForOpening(changed)).resolves.toEqual(CONFIG);

    await vi.waitFor(() => {
      expect(changed).toHaveBeenCalledTimes(1);
    });
    offline();
    await expect(getRuntimeConfig()).resolves.toEqual(moved);
  });

  it("waits for the server's configuration the first time", async () => {
    mockFetch(() => jsonResponse({ title: 'down' }, { status: 503 }));

    const error = await configForOpening(vi.fn()).catch((caught: unknown) => caught);

    expect((error as ApiError).status).toBe(503);
  });

  it('keeps the remembered configuration when the server cannot be reached', async () => {
    mockFetch(() => jsonResponse(CONFIG));
    await getRuntimeConfig();
    offline();
    const changed = vi.fn();

    await expect(configForOpening(changed)).resolves.toEqual(CONFIG);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(changed).not.toHaveBeenCalled();
  });
});
