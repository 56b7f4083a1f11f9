import { useInfiniteQuery } from '@tanstack/react-query';
import type { EntryPage } from '@/api-types/guestbook';
import { api } from '@/lib/api-client';
import { cursorQueryOptions } from '@/lib/query/fetch-query';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';
import type { EntryFilters } from '@/features/guestbook/api/guestbook-keys';

export const ENTRY_PAGE_SIZE = 20;

export function getEntries(
  shop: string,
  filters: EntryFilters,
  cursor: string | null,
  { signal }: { signal?: AbortSignal } = {},
) {
  const params = new URLSearchParams({ limit: String(ENTRY_PAGE_SIZE) });
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.month) params.set('month', filters.month);
  if (cursor) params.set('cursor', cursor);
  return api.get<EntryPage>(
    `/api/v1/guestbooks/${encodeURIComponent(shop)}/entries?${params.toString()}`,
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
