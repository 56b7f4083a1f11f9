import { outbox, useOutboxItems } from '@/lib/offline/outbox-instance';

export interface UnsentItems {
  /** Everything still in the outbox: waiting, being sent, or failed. */
  count: number;
  failed: number;
  sending: boolean;
}

/** What logging out would erase from this phone: the outbox, counted live. */
export function useUnsentItems(): UnsentItems {
  const items = useOutboxItems();
  return {
    count: items.length,
    failed: items.filter((item) => item.state === 'failed').length,
    sending: items.some((item) => item.state === 'sending'),
  };
}

/**
 * Sends everything now, the failed items too: the person asked for it before leaving, after
 * being told what would be lost. A refusal fails again and stays, with its error, to be read.
 */
export async function sendUnsentItems(): Promise<void> {
  const failed = outbox.items().filter((item) => item.state === 'failed');
  await Promise.all(failed.map((item) => outbox.retry(item.id)));
  await outbox.flush();
}
