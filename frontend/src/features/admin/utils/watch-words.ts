import type { WatchWordAction } from '@/api-types/admin';

/** In the order they are offered: from the strongest effect to the mildest. */
export const WATCH_WORD_ACTIONS: readonly WatchWordAction[] = ['block', 'hold', 'flag'];
