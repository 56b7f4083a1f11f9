import { matchRoutes } from 'react-router';
import type { Params, RouteObject } from 'react-router';

/** What a route may declare in its `handle` so the page being opened starts early (main.tsx). */
export interface PageHandle {
  /** Asks for the page's data; called once signing in has ended, with the address's query too. */
  prefetch?: (params: Params, search: URLSearchParams) => void;
}

/**
 * Starts what the page being opened needs before the router exists. The router is created only
 * once signing in has ended (AppRouter), so a deep link to a post used to wait for the session,
 * then for the page's code, then for the post: three round trips in a row on a phone's network.
 * Here the page's code downloads alongside signing in and its data is asked for the moment the
 * session is there. The router later calls the same `lazy` again, which costs nothing: a module
 * is downloaded and evaluated once; the data comes from the query cache.
 */
export function preloadPage(
  routes: RouteObject[],
  location: { pathname: string; search: string },
  signedIn: Promise<unknown>,
): void {
  const search = new URLSearchParams(location.search);
  for (const { route, params } of matchRoutes(routes, location.pathname) ?? []) {
    // A chunk that cannot download now (offline) is the router's to report when it needs it.
    if (typeof route.lazy === 'function') void route.lazy().catch(() => undefined);
    const prefetch = (route.handle as PageHandle | undefined)?.prefetch;
    if (prefetch) {
      void signedIn.then(
        () => {
          prefetch(params, search);
        },
        () => undefined,
      );
    }
  }
}
