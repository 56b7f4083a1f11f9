import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import { applyBravo } from '@/lib/bravo';
import { sendOrQueue } from '@/lib/offline/send-or-queue';
import type { Sent } from '@/lib/offline/send-or-queue';

/** What a bravo button learns: the server's count, or that the bravo waits in the outbox. */
export type BravoSent = Sent<BravoState>;

/** A bravo kept in the outbox: the wish (give or take back), not a toggle. */
export interface QueuedBravo {
  id: number;
  give: boolean;
}

export interface QueuedBravoOptions {
  /** The query showing the bravoed thing: cancelled before the count moves, so no stale answer lands over it. */
  queryKey: QueryKey;
  /** The thing's bravo state in the cache. */
  read: () => BravoState | undefined;
  /** Puts a bravo state on the thing in the cache (only on it, also on rollback). */
  write: (state: BravoState) => void;
  send: (give: boolean) => Promise<BravoState>;
  /** The outbox's name for this kind of bravo; the item's key makes a newer wish replace an older one. */
  type: string;
  id: number;
  label: string;
  /** More for the sender (which list shows a comment), kept with the wish. */
  extra?: object;
  /** Refetches what shows the count, once the server has it. */
  refresh: () => void;
}

/**
 * One bravo button for posts, comments and guestbook entries. Optimistic: the count moves on
 * tap and is put back if the server refuses. Without network (or with no answer: the request
 * sets a state, so it may be sent again) the bravo goes to the outbox and the count stays moved.
 */
export function useQueuedBravo(options: QueuedBravoOptions) {
  const queryClient = useQueryClient();
  const { queryKey, read, write, send, type, id, label, extra, refresh } = options;
  return useMutation({
    networkMode: 'always',
    mutationFn: (give: boolean): Promise<BravoSent> =>
      sendOrQueue(
        () => send(give),
        {
          type,
          label,
          key: `${type}:${String(id)}`,
          payload: { ...extra, id, give } satisfies QueuedBravo,
        },
        { idempotent: true },
      ),
    onMutate: async (give) => {
      await queryClient.cancelQueries({ queryKey });
      const current = read();
      // Only the count is put back on rollback: anything else may have changed meanwhile.
      const before = current && {
        bravoCount: current.bravoCount,
        bravoedByMe: current.bravoedByMe,
      };
      if (before) write(applyBravo(before, give));
      return { before };
    },
    onError: (_error, _give, context) => {
      if (context?.before) write(context.before);
    },
    onSuccess: (sent) => {
      if (!sent.queued) write(sent.result);
    },
    onSettled: (sent) => {
      // Refetching now would show the server's count before the outbox sends the bravo.
      if (sent?.queued) return;
      refresh();
    },
  });
}
