import { useCallback, useEffect, useRef } from 'react';

/**
 * A ref callback that calls `onVisible` when the element scrolls near the viewport (infinite
 * scroll). `resetKey` must change after each load: an observer only reports *changes*, so a
 * sentinel that stays visible after a short page needs a fresh observer to trigger again.
 */
export function useOnVisible(onVisible: () => void, enabled: boolean, resetKey: unknown) {
  const callbackRef = useRef(onVisible);
  useEffect(() => {
    callbackRef.current = onVisible;
  });

  return useCallback(
    (node: Element | null) => {
      // Without IntersectionObserver the visible "load more" button remains the way forward.
      if (!node || !enabled || typeof IntersectionObserver === 'undefined') return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) callbackRef.current();
        },
        { rootMargin: '400px 0px' },
      );
      observer.observe(node);
      return () => {
        observer.disconnect();
      };
    },
    // resetKey is a deliberate extra dependency, see above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [enabled, resetKey],
  );
}
