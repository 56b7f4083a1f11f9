import type { BravoState } from '@/api-types/bravos';
import { api } from '@/lib/api-client';

/**
 * The state a bravo toggle should show before the server answers. Giving twice is a no-op, as
 * on the server (the endpoints are idempotent), so a double tap can never count two bravos.
 */
export function applyBravo<T extends BravoState>(target: T, give: boolean): T {
  if (target.bravoedByMe === give) return target;
  return {
    ...target,
    bravoedByMe: give,
    bravoCount: Math.max(0, target.bravoCount + (give ? 1 : -1)),
  };
}

/**
 * A bravoed thing (post, guestbook entry, comment) as the bravo code sees it: where its bravo
 * lives on the server and where its count shows in the cache. Each feature describes its things
 * once, for the button (useOptimisticBravo) and for the outbox (sendQueuedBravo) alike.
 */
export interface BravoTarget {
  /** The bravo sub-resource, `/api/v1/posts/1/bravo`: PUT gives, DELETE takes back. */
  path: string;
  /** The query showing the thing: cancelled before the count moves, so no stale answer lands over it. */
  queryKey: readonly unknown[];
  /** The thing's bravo state in the cache. */
  read: () => BravoState | undefined;
  /** Puts a bravo state on the thing in the cache (only on it, also on rollback). */
  write: (state: BravoState) => void;
  /** Refetches what else shows the count, once the server has it. */
  refresh?: () => void;
}

/** A bravo kept in the outbox: the wish (give or take back), not a toggle. */
export interface QueuedBravo {
  id: number;
  give: boolean;
}

/** Gives or takes back a bravo; the endpoints set a state, so sending twice changes nothing. */
export function setBravo(path: string, give: boolean): Promise<BravoState> {
  return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
}

/** Sends a bravo the outbox kept, and shows the server's count where the button would have. */
export async function sendQueuedBravo(target: BravoTarget, give: boolean): Promise<BravoState> {
  const state = await setBravo(target.path, give);
  target.write(state);
  target.refresh?.();
  return state;
}
