import { useQuery } from '@tanstack/react-query';
import type { GuestbookSummary } from '@/api-types/guestbook';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';

export function getGuestbooks({ signal }: { signal?: AbortSignal } = {}) {
  return api.get<GuestbookSummary[]>('/api/v1/guestbooks', { signal });
}

export function useGuestbooks() {
  return useQuery(fetchQueryOptions(guestbookKeys.directory, getGuestbooks));
}
