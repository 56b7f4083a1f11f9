import { withQuery } from '@/lib/url';

/** `video`: a film of the page to bring into view; `t`: where to start it, in seconds. */
export type VideoMomentQuery = Partial<Record<'video' | 't', string>>;

export const paths = {
  home: { path: '/', getHref: () => '/' },
  posts: {
    path: '/posts',
    getHref: (query: { kind?: string; tag?: string } = {}) => withQuery('/posts', query),
  },
  newPost: {
    path: '/posts/new',
    getHref: (kind?: string) => withQuery('/posts/new', { kind }),
  },
  /** The films gallery: posts with a video, filterable by shop and tag. */
  videos: {
    path: '/videos',
    getHref: (query: { shop?: string; tag?: string } = {}) => withQuery('/videos', query),
  },
  /** `query` may open one of its videos at a moment (see lib/video-moment). */
  post: {
    path: '/posts/:id',
    getHref: (id: number, query: VideoMomentQuery = {}) => withQuery(`/posts/${id}`, query),
  },
  editPost: { path: '/posts/:id/edit', getHref: (id: number) => `/posts/${id}/edit` },
  person: {
    path: '/people/:username',
    getHref: (username: string) => `/people/${encodeURIComponent(username)}`,
  },
  shops: { path: '/shops', getHref: () => '/shops' },
  shop: { path: '/shops/:code', getHref: (code: string) => `/shops/${encodeURIComponent(code)}` },
  notifications: { path: '/notifications', getHref: () => '/notifications' },
  /** On phones, the "me" tab: who I am, my profile, every section the bottom bar has no room for, language, logout. */
  me: { path: '/me', getHref: () => '/me' },
  /** Former address of the practices page, kept so old links and bookmarks still work. */
  practices: { path: '/practices', getHref: () => withQuery('/posts', { kind: 'practice' }) },
  guestbooks: { path: '/guestbooks', getHref: () => '/guestbooks' },
  guestbook: {
    path: '/guestbooks/:code',
    getHref: (code: string, query: { kind?: string; month?: string } = {}) =>
      withQuery(`/guestbooks/${encodeURIComponent(code)}`, query),
  },
  newEntry: {
    path: '/guestbooks/:code/new',
    getHref: (code: string) => `/guestbooks/${encodeURIComponent(code)}/new`,
  },
  entry: {
    path: '/entries/:id',
    getHref: (id: number, query: VideoMomentQuery = {}) => withQuery(`/entries/${id}`, query),
  },
  editEntry: { path: '/entries/:id/edit', getHref: (id: number) => `/entries/${id}/edit` },
  exchange: { path: '/exchange', getHref: () => '/exchange' },
  /** Search results; the query, filters and sort live in the URL so a search can be shared. */
  search: {
    path: '/search',
    getHref: (query: Record<string, string | undefined> = {}) => withQuery('/search', query),
  },
  /** The review queue (moderators, admins); `status` open (default) or closed, `type` a content type. */
  moderationQueue: {
    path: '/moderation',
    getHref: (query: { status?: string; type?: string } = {}) => withQuery('/moderation', query),
  },
  /** One piece of content as moderators see it: reports, author history, actions, trail. */
  moderationItem: {
    path: '/moderation/:type/:id',
    getHref: (type: 'post' | 'comment' | 'entry' | 'video', id: string | number) =>
      `/moderation/${type}/${encodeURIComponent(String(id))}`,
  },
  /** Administration (admins): shops, categories, watch words, rotation, pinned posts, people, audit log. */
  admin: { path: '/admin', getHref: () => '/admin' },
  adminWatchWords: { path: '/admin/watch-words', getHref: () => '/admin/watch-words' },
  adminAudit: {
    path: '/admin/audit',
    getHref: (query: Record<string, string | undefined> = {}) => withQuery('/admin/audit', query),
  },
  adminUsers: { path: '/admin/users', getHref: () => '/admin/users' },
  /** Requests to change shop (or move to head office), for admins to decide. */
  adminShopRequests: { path: '/admin/shop-requests', getHref: () => '/admin/shop-requests' },
  adminShops: { path: '/admin/shops', getHref: () => '/admin/shops' },
  adminCategories: { path: '/admin/categories', getHref: () => '/admin/categories' },
  adminPinned: { path: '/admin/pinned', getHref: () => '/admin/pinned' },
  adminRotation: { path: '/admin/rotation', getHref: () => '/admin/rotation' },
} as const;
