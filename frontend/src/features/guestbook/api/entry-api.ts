import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { BravoState } from '@/api-types/bravos';
import type { Photo } from '@/api-types/media';
import type { EntryRequest, EntryView, PromoteEntryRequest } from '@/api-types/guestbook';
import { api } from '@/lib/api-client';
import { applyBravo } from '@/lib/bravo';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';

export function getEntry(id: number, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<EntryView>(`/api/v1/entries/${id}`, { signal });
}

export function useEntry(id: number) {
  return useQuery(
    queryOptions({
      queryKey: guestbookKeys.entry(id),
      queryFn: ({ signal }) => getEntry(id, { signal }),
    }),
  );
}

/** Every write changes a guestbook page and the directory's figures: both are refetched. */
function useInvalidateGuestbooks() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: guestbookKeys.pages });
    void queryClient.invalidateQueries({ queryKey: guestbookKeys.directory });
  };
}

/** The outbox's name for a guestbook entry written offline. */
export const OUTBOX_ENTRY = 'entry';

/** An entry kept in the outbox; its new photos travel as the item's attachments. */
export interface QueuedEntry {
  shop: string;
  request: EntryRequest;
}

/** Sends an entry from the outbox, with all the photos the outbox uploaded first. */
export async function sendQueuedEntry(
  queryClient: QueryClient,
  payload: QueuedEntry,
  uploaded: readonly Photo[],
): Promise<EntryView> {
  const entry = await api.post<EntryView>(
    `/api/v1/guestbooks/${encodeURIComponent(payload.shop)}/entries`,
    {
      ...payload.request,
      photoIds: [...payload.request.photoIds, ...uploaded.map((photo) => photo.id)],
    },
  );
  void queryClient.invalidateQueries({ queryKey: guestbookKeys.pages });
  void queryClient.invalidateQueries({ queryKey: guestbookKeys.directory });
  return entry;
}

export function useCreateEntry(shop: string) {
  const invalidate = useInvalidateGuestbooks();
  return useMutation({
    mutationFn: (request: EntryRequest) =>
      api.post<EntryView>(`/api/v1/guestbooks/${encodeURIComponent(shop)}/entries`, request),
    onSuccess: invalidate,
  });
}

export function useUpdateEntry(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateGuestbooks();
  return useMutation({
    mutationFn: (request: EntryRequest) => api.put<EntryView>(`/api/v1/entries/${id}`, request),
    onSuccess: (entry) => {
      queryClient.setQueryData(guestbookKeys.entry(id), entry);
      invalidate();
    },
  });
}

export function useDeleteEntry(id: number) {
  const invalidate = useInvalidateGuestbooks();
  return useMutation({
    mutationFn: () => api.delete<undefined>(`/api/v1/entries/${id}`),
    onSuccess: invalidate,
  });
}

/** Moderators hide with a reason (`reason` set) or show again (`reason` null). */
export function useSetEntryHidden(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateGuestbooks();
  return useMutation({
    mutationFn: (reason: string | null) =>
      reason === null
        ? api.delete<EntryView>(`/api/v1/entries/${id}/hidden`)
        : api.put<EntryView>(`/api/v1/entries/${id}/hidden`, { reason }),
    onSuccess: (entry) => {
      queryClient.setQueryData(guestbookKeys.entry(id), entry);
      invalidate();
    },
  });
}

export function usePromoteEntry(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PromoteEntryRequest) =>
      api.post<{ postId: number }>(`/api/v1/entries/${id}/promotion`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guestbookKeys.entry(id) }),
  });
}

/** Optimistic, like bravos on posts: the count moves on tap and is put back if refused. */
export function useToggleEntryBravo(id: number) {
  const queryClient = useQueryClient();
  const key = guestbookKeys.entry(id);
  return useMutation({
    mutationFn: (give: boolean) => {
      const path = `/api/v1/entries/${id}/bravo`;
      return give ? api.put<BravoState>(path) : api.delete<BravoState>(path);
    },
    onMutate: async (give) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<EntryView>(key);
      if (previous) queryClient.setQueryData(key, applyBravo(previous, give));
      return { previous };
    },
    onError: (_error, _give, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (state) => {
      queryClient.setQueryData<EntryView>(key, (entry) => entry && { ...entry, ...state });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: guestbookKeys.pages });
    },
  });
}
