import type { BravoState } from '@/api-types/bravos';

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
