/** Query keys of the feature, in one place because mutations refresh each other's lists. */
export const adminKeys = {
  all: ['admin'] as const,
  watchWords: ['admin', 'watch-words'] as const,
  audits: ['admin', 'audit'] as const,
  audit: (query: string) => ['admin', 'audit', query] as const,
  users: ['admin', 'users'] as const,
  userSearch: (q: string) => ['admin', 'users', q] as const,
  shops: ['admin', 'shops'] as const,
  categories: ['admin', 'categories'] as const,
  pinned: ['admin', 'pinned-posts'] as const,
  shopRequests: ['admin', 'shop-requests'] as const,
};
