import { matchPath } from 'react-router';
import { paths } from '@/config/paths';

export type CreateKind = 'practice' | 'idea' | 'irritant' | 'entry';

export interface CreateTarget {
  kind: CreateKind;
  href: string;
}

/**
 * What "create" makes where the person stands: an idea on the ideas feed, an irritant on the
 * irritants feed, an entry in their own shop's guestbook, a practice everywhere else (the thing
 * Bravo exists to spread). One tap from any page opens the right composer, no chooser in between.
 */
export function createTarget(
  pathname: string,
  search: string,
  myShop: string | null | undefined,
): CreateTarget {
  if (matchPath(paths.posts.path, pathname)) {
    const kind = new URLSearchParams(search).get('kind');
    if (kind === 'idea' || kind === 'irritant') return { kind, href: paths.newPost.getHref(kind) };
  }
  if (myShop) {
    const guestbook = matchPath(paths.guestbook.path, pathname);
    const onMyGuestbook = guestbook?.params.code === myShop;
    if (onMyGuestbook || matchPath(paths.guestbooks.path, pathname)) {
      return { kind: 'entry', href: paths.newEntry.getHref(myShop) };
    }
  }
  return { kind: 'practice', href: paths.newPost.getHref('practice') };
}

/** Pages where writing is already under way: a second "create" would only cover their own actions. */
export function isComposing(pathname: string): boolean {
  return [paths.newPost, paths.editPost, paths.newEntry, paths.editEntry].some(
    (route) => matchPath(route.path, pathname) !== null,
  );
}
