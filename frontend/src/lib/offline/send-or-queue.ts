import { isNetworkFailure } from '@/lib/offline/outbox-errors';
import { isOnline, queueForLater } from '@/lib/offline/outbox-instance';
import type { NewOutboxItem } from '@/lib/offline/outbox';

/** What a form or button learns: the server's answer, or that the write waits in the outbox. */
export type Sent<T> = { queued: false; result: T } | { queued: true };

export interface SendOrQueueOptions {
  /**
   * The request sets a state (a PUT or DELETE): sending it twice changes nothing. Such a request
   * that gets no answer goes to the outbox too, even when the browser believes it is online (a
   * stockroom's weak Wi-Fi). A creation (POST) is not retried that way: the server may have
   * received it, and a second one would publish it twice.
   */
  idempotent?: boolean;
}

/**
 * Sends a write now, or keeps it in the outbox when there is no network. The mutation calling
 * this needs `networkMode: 'always'`: it runs without network, which is when it queues.
 */
export async function sendOrQueue<T, P>(
  send: () => Promise<T>,
  draft: NewOutboxItem<P>,
  { idempotent = false }: SendOrQueueOptions = {},
): Promise<Sent<T>> {
  if (!isOnline()) {
    await queueForLater(draft);
    return { queued: true };
  }
  try {
    return { queued: false, result: await send() };
  } catch (error) {
    if (!idempotent || !isNetworkFailure(error)) throw error;
    await queueForLater(draft);
    return { queued: true };
  }
}

/** The outbox label of a text: its start. */
export function labelOf(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
