import { lazy, Suspense, useEffect, useState } from 'react';

const UpdatePrompt = lazy(async () => ({
  default: (await import('@/components/offline/update-prompt')).UpdatePrompt,
}));

// Past this, the worker is registered even if the page never falls idle (a feed that keeps busy).
const IDLE_TIMEOUT_MS = 5_000;

/** Calls `then` once the page has nothing more urgent to do; returns what cancels it. */
function afterFirstIdle(then: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  // Safari has no requestIdleCallback: a short delay still lets the first screen finish first.
  const handle = window.setTimeout(then, 1_000);
  return () => {
    window.clearTimeout(handle);
  };
}

/**
 * The service worker and its "new version" prompt, started once the first screen is done. Registering
 * it sooner fetched its library and started the precache of every page's code while the phone was
 * still painting the feed; nothing is lost by waiting, since a worker serves only the loads after
 * the one that installs it.
 */
export function DeferredUpdatePrompt() {
  const [started, setStarted] = useState(false);
  useEffect(
    () =>
      afterFirstIdle(() => {
        setStarted(true);
      }),
    [],
  );
  if (!started) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
}
