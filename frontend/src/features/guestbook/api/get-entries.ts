import { useInfiniteQuery } from '@tanstack/react-query';
import type { EntryPage } from '@/api-types/guestbook';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { withQuery } from '@/lib/url';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';
import type { EntryFilters } from '@/features/guestbook/api/guestbook-keys';

export const ENTRY_PAGE_SIZE = 20;

export function getEntries(
  shop: string,
  filters: EntryFilters,
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
) {
  return api.get<EntryPage>(
    withQuery(`/api/v1/guestbooks/${encodeURIComponent(shop)}/entries`, {
      limit: ENTRY_PAGE_SIZE,
      kind: filters.kind,
      month: filters.month,
      cursor,
    }),
    { signal },
  );
}

export function useEntries(shop: string, filters: EntryFilters) {
  return useInfiniteQuery(
    cursorQueryOptions(guestbookKeys.page(shop, filters), (cursor, options) =>
      getEntries(shop, filters, cursor, options),
    ),
  );
}
