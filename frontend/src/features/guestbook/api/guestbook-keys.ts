import type { EntryKind } from '@/api-types/guestbook';

export interface EntryFilters {
  kind?: EntryKind | undefined;
  /** `yyyy-MM` */
  month?: string | undefined;
}

export const guestbookKeys = {
  all: ['guestbook'] as const,
  directory: ['guestbook', 'directory'] as const,
  pages: ['guestbook', 'pages'] as const,
  page: (shop: string, filters: EntryFilters) =>
    ['guestbook', 'pages', shop, filters.kind ?? '', filters.month ?? ''] as const,
  entry: (id: number) => ['guestbook', 'entry', id] as const,
};
