import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import { applyBravo, setBravo } from '@/lib/bravo';
import type { BravoTarget, QueuedBravo } from '@/lib/bravo';
import { sendOrQueue } from '@/lib/offline/send-or-queue';
import type { Sent } from '@/lib/offline/send-or-queue';

/** What a bravo button learns: the server's count, or that the bravo waits in the outbox. */
export type BravoSent = Sent<BravoState>;

/** How the outbox keeps a bravo given without network. */
export interface BravoOutboxEntry {
  /** The outbox's name for this kind of bravo; the item's key makes a newer wish replace an older one. */
  type: string;
  id: number;
  label: string;
  /** More for the sender (which list shows a comment), kept with the wish. */
  extra?: object;
}

/**
 * The one bravo toggle of posts, comments and guestbook entries. Optimistic: the count moves on
 * tap and is put back if the server refuses. Without network (or with no answer: the request
 * sets a state, so it may be sent again) the bravo goes to the outbox and the count stays moved.
 */
export function useOptimisticBravo(target: BravoTarget, outboxEntry: BravoOutboxEntry) {
  const queryClient = useQueryClient();
  const { path, queryKey, read, write, refresh } = target;
  const { type, id, label, extra } = outboxEntry;
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (give: boolean): Promise<BravoSent> =>
      sendOrQueue(
        () => setBravo(path, give),
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
      refresh?.();
    },
  });
  return {
    ...mutation,
    /** Gives (true) or takes back; ignored while a change is on its way, which keeps the rollback snapshot accurate. */
    toggle: (give: boolean) => {
      if (!mutation.isPending) mutation.mutate(give);
    },
  };
}
