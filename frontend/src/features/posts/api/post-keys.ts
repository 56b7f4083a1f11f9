import type { FeedFilters } from '@/features/posts/utils/feed-filters';

/** Query keys of the feature, in one place because mutations invalidate each other's queries. */
export const postKeys = {
  all: ['posts'] as const,
  feeds: ['posts', 'feed'] as const,
  feed: (filters: FeedFilters) => ['posts', 'feed', filters] as const,
  detail: (id: number) => ['posts', 'detail', id] as const,
  bravos: (id: number) => ['posts', 'bravos', id] as const,
  drafts: ['posts', 'drafts'] as const,
  tags: (query: string) => ['posts', 'tags', query] as const,
  categories: ['posts', 'categories'] as const,
};
