import { afterEach, beforeEach, vi } from 'vitest';
import { outbox } from '@/lib/offline/outbox-instance';
import { TEST_USER_ID } from '@/testing/mock-auth';

/**
 * Gives each test of the file the signed-in person's outbox, emptied afterwards: what one test
 * queued must not be sent or counted in the next.
 */
export function setUpTestOutbox() {
  beforeEach(async () => {
    await outbox.setOwner(TEST_USER_ID);
  });

  afterEach(async () => {
    for (const item of outbox.items()) await outbox.discard(item.id);
    await outbox.setOwner(null);
  });
}

/**
 * The network as the app reads it from `navigator.onLine`, back to `online` before each test.
 * Setting `online` alone is a connection that drops or returns unannounced; `goOffline` and
 * `goOnline` also fire the browser's event, as a phone losing or finding its signal does.
 */
export function stubNetwork({ online = true }: { online?: boolean } = {}) {
  const network = {
    online,
    goOffline: () => {
      network.online = false;
      window.dispatchEvent(new Event('offline'));
    },
    goOnline: () => {
      network.online = true;
      window.dispatchEvent(new Event('online'));
    },
  };
  beforeEach(() => {
    network.online = online;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => network.online);
  });
  return network;
}
