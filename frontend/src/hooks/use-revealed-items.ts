import { useCallback, useMemo, useState } from 'react';

/** What a paged list's footer needs to show the items already loaded but not drawn yet. */
export interface Reveal {
  /** Items loaded and not drawn yet. */
  hidden: number;
  revealMore: () => void;
}

/** How many items each list showed, by list: back on a list, it is as long as it was. */
const revealedCounts = new Map<string, number>();

/**
 * The first `first` items of a list, then `step` more each time its end nears the screen (through
 * the footer that also brings the next page: `PagedQueryState`'s `reveal`). A feed page holds twenty
 * posts; drawing them all as the app opens was most of the work a phone did before it could answer a
 * tap, for cards below the first screen that many people never scroll to.
 *
 * `listKey` names the list (its filters): another list starts short again, and going back to one
 * (from a post) draws as many items as it had, so the browser can put the scroll back where it was.
 */
export function useRevealedItems<T>(
  items: readonly T[],
  listKey: string,
  first: number,
  step: number,
): { shown: readonly T[]; reveal: Reveal } {
  const [state, setState] = useState(() => ({
    listKey,
    count: revealedCounts.get(listKey) ?? first,
  }));
  let count = state.count;
  if (state.listKey !== listKey) {
    // Adjusted while rendering rather than in an effect: the other list never shows at the old length.
    count = revealedCounts.get(listKey) ?? first;
    setState({ listKey, count });
  }
  const shown = useMemo(() => items.slice(0, count), [items, count]);
  const revealMore = useCallback(() => {
    setState((current) => {
      const next = current.count + step;
      revealedCounts.set(current.listKey, next);
      return { ...current, count: next };
    });
  }, [step]);
  return { shown, reveal: { hidden: items.length - shown.length, revealMore } };
}
