import { useEffect, useRef } from 'react';

/**
 * Brings the element with this id into view once it is rendered, once per id. Links to a comment
 * or a film point at content that arrives after the page, too late for the browser's own jump.
 */
export function useScrollToId(id: string | null) {
  const scrolled = useRef<string | null>(null);
  // After every render: the element may only show once its data has loaded.
  useEffect(() => {
    if (id === null || scrolled.current === id) return;
    const element = document.getElementById(id);
    if (!element) return;
    scrolled.current = id;
    element.scrollIntoView({ block: 'center' });
  });
}
