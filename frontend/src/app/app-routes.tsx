import { Navigate } from 'react-router';
import type { Params, RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { queryClient } from '@/lib/query-client';
import { parseId } from '@/lib/route-params';
import { prefetchFeed } from '@/features/posts/api/get-feed';
import { getPostQueryOptions } from '@/features/posts/api/get-post';
import { prefetchSearch } from '@/features/search/api/get-search';
import { PageLoading } from '@/app/page-loading';
import type { PageHandle } from '@/app/preload-page';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { PostsRoute } from '@/app/routes/posts';
import { RootRoute } from '@/app/routes/root';
import { RouteErrorFallback } from '@/app/routes/route-error';

// Asks for the post while the page's code downloads, not after: on a phone's network that is one
// round trip less before the post shows.
function prefetchPost(params: Params) {
  const id = parseId(params.id);
  if (id !== null) void queryClient.query(getPostQueryOptions(id)).catch(() => undefined);
}

// A feed's first page, or a search's results, asked for while the session opens and the first
// screen draws, with the address's filters: their cards are the page's largest paint, which otherwise
// waited for the page to render before it even asked for them (one round trip more on a phone).
function listHandle(
  prefetch: (client: typeof queryClient, search: URLSearchParams) => void,
): PageHandle {
  return {
    prefetch: (_params, search) => {
      prefetch(queryClient, search);
    },
  };
}
const feedHandle = listHandle(prefetchFeed);
const searchHandle = listHandle(prefetchSearch);

/** A page's component, from the chunk that holds it. */
async function page<M, K extends keyof M>(module: Promise<M>, name: K) {
  return { Component: (await module)[name] };
}

// The feeds (home and /posts) are in the main bundle: they are where everyone lands. Every other
// page is a separate chunk fetched on first visit, so phones download less before the first feed.
export function appRoutes(): RouteObject[] {
  return [
    {
      path: paths.home.path,
      element: <RootRoute />,
      errorElement: <RouteErrorFallback />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        {
          // A page that fails (a chunk that cannot load without network, a crash) shows its
          // error inside the layout: the header and navigation stay, so the person can go on.
          errorElement: <RouteErrorFallback />,
          children: [
            { index: true, element: <HomeRoute />, handle: feedHandle },
            { path: paths.posts.path, element: <PostsRoute />, handle: feedHandle },
            {
              path: paths.newPost.path,
              lazy: () => page(import('@/app/routes/new-post'), 'NewPostRoute'),
            },
            {
              path: paths.videos.path,
              lazy: () => page(import('@/app/routes/videos'), 'VideosRoute'),
            },
            {
              path: paths.post.path,
              // When the app opens on a post (main.tsx)…
              handle: { prefetch: prefetchPost } satisfies PageHandle,
              // …and when the person goes to one from another page.
              loader: ({ params }) => {
                prefetchPost(params);
                return null;
              },
              lazy: () => page(import('@/app/routes/post'), 'PostRoute'),
            },
            {
              path: paths.editPost.path,
              lazy: () => page(import('@/app/routes/edit-post'), 'EditPostRoute'),
            },
            {
              path: paths.person.path,
              lazy: () => page(import('@/app/routes/person'), 'PersonRoute'),
            },
            {
              path: paths.shops.path,
              lazy: () => page(import('@/app/routes/shops'), 'ShopsRoute'),
            },
            {
              path: paths.shop.path,
              lazy: () => page(import('@/app/routes/shop'), 'ShopRoute'),
            },
            {
              path: paths.me.path,
              lazy: () => page(import('@/app/routes/me'), 'MeRoute'),
            },
            {
              path: paths.notifications.path,
              lazy: () => page(import('@/app/routes/notifications'), 'NotificationsRoute'),
            },
            {
              path: paths.practices.path,
              element: <Navigate to={paths.practices.getHref()} replace />,
            },
            {
              path: paths.guestbooks.path,
              lazy: () => page(import('@/app/routes/guestbooks'), 'GuestbooksRoute'),
            },
            {
              path: paths.newEntry.path,
              lazy: () => page(import('@/app/routes/new-entry'), 'NewEntryRoute'),
            },
            {
              path: paths.guestbook.path,
              lazy: () => page(import('@/app/routes/guestbook'), 'GuestbookRoute'),
            },
            {
              path: paths.entry.path,
              lazy: () => page(import('@/app/routes/entry'), 'EntryRoute'),
            },
            {
              path: paths.editEntry.path,
              lazy: () => page(import('@/app/routes/edit-entry'), 'EditEntryRoute'),
            },
            {
              path: paths.search.path,
              handle: searchHandle,
              lazy: () => page(import('@/app/routes/search'), 'SearchRoute'),
            },
            {
              path: paths.exchange.path,
              lazy: () => page(import('@/app/routes/exchange'), 'ExchangeRoute'),
            },
            // The back office: each group behind a role check (the server checks every call too).
            {
              lazy: () => page(import('@/app/routes/admin-access'), 'ModerationAccess'),
              children: [
                {
                  path: paths.moderationQueue.path,
                  lazy: () => page(import('@/app/routes/moderation-queue'), 'ModerationQueueRoute'),
                },
                {
                  path: paths.moderationItem.path,
                  lazy: () => page(import('@/app/routes/moderation-item'), 'ModerationItemRoute'),
                },
              ],
            },
            {
              lazy: () => page(import('@/app/routes/admin-access'), 'AdminAccess'),
              children: [
                {
                  path: paths.admin.path,
                  lazy: () => page(import('@/app/routes/admin'), 'AdminRoute'),
                },
                {
                  path: paths.adminWatchWords.path,
                  lazy: () =>
                    page(import('@/app/routes/admin-watch-words'), 'AdminWatchWordsRoute'),
                },
                {
                  path: paths.adminAudit.path,
                  lazy: () => page(import('@/app/routes/admin-audit'), 'AdminAuditRoute'),
                },
                {
                  path: paths.adminUsers.path,
                  lazy: () => page(import('@/app/routes/admin-users'), 'AdminUsersRoute'),
                },
                {
                  path: paths.adminShops.path,
                  lazy: () => page(import('@/app/routes/admin-shops'), 'AdminShopsRoute'),
                },
                {
                  path: paths.adminCategories.path,
                  lazy: () => page(import('@/app/routes/admin-categories'), 'AdminCategoriesRoute'),
                },
                {
                  path: paths.adminShopRequests.path,
                  lazy: () =>
                    page(import('@/app/routes/admin-shop-requests'), 'AdminShopRequestsRoute'),
                },
                {
                  path: paths.adminPinned.path,
                  lazy: () => page(import('@/app/routes/admin-pinned'), 'AdminPinnedRoute'),
                },
                {
                  path: paths.adminRotation.path,
                  lazy: () => page(import('@/app/routes/admin-rotation'), 'AdminRotationRoute'),
                },
              ],
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ];
}
