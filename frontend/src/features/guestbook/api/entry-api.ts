import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Photo } from '@/api-types/media';
import type { EntryRequest, EntryView, PromoteEntryRequest } from '@/api-types/guestbook';
import { useOptimisticBravo } from '@/hooks/use-optimistic-bravo';
import { api } from '@/lib/api-client';
import { fetchQueryOptions } from '@/lib/query/fetch-query';
import { sendQueuedBravo } from '@/lib/bravo';
import type { BravoTarget, QueuedBravo } from '@/lib/bravo';
import { OUTBOX_KINDS } from '@/lib/offline/outbox-kinds';
import { labelOf, sendOrQueue } from '@/lib/offline/send-or-queue';
import type { Sent } from '@/lib/offline/send-or-queue';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';

export function getEntry(id: number, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<EntryView>(`/api/v1/entries/${id}`, { signal });
}

export function useEntry(id: number) {
  return useQuery(fetchQueryOptions(guestbookKeys.entry(id), (options) => getEntry(id, options)));
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
export const OUTBOX_ENTRY = OUTBOX_KINDS.entry;

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

/** The outbox's name for a change to a guestbook entry made offline. */
export const OUTBOX_ENTRY_EDIT = OUTBOX_KINDS.entryEdit;

/** A change kept in the outbox; new photos travel as the item's attachments, as for a new entry. */
export interface QueuedEntryEdit {
  id: number;
  request: EntryRequest;
}

/** The outbox item of a change: a newer change of the same entry replaces a waiting one. */
export function entryEditItem(payload: QueuedEntryEdit) {
  return {
    type: OUTBOX_ENTRY_EDIT,
    label: labelOf(payload.request.body),
    key: `${OUTBOX_ENTRY_EDIT}:${String(payload.id)}`,
    payload,
  };
}

/** Sends a change from the outbox, with all the photos the outbox uploaded first. */
export async function sendQueuedEntryEdit(
  queryClient: QueryClient,
  payload: QueuedEntryEdit,
  uploaded: readonly Photo[],
): Promise<EntryView> {
  const entry = await api.put<EntryView>(`/api/v1/entries/${payload.id}`, {
    ...payload.request,
    photoIds: [...payload.request.photoIds, ...uploaded.map((photo) => photo.id)],
  });
  queryClient.setQueryData(guestbookKeys.entry(payload.id), entry);
  void queryClient.invalidateQueries({ queryKey: guestbookKeys.pages });
  void queryClient.invalidateQueries({ queryKey: guestbookKeys.directory });
  return entry;
}

/**
 * A change that gets no answer goes to the outbox (the whole entry is sent, so sending it twice
 * is harmless); without network the composer queues it itself, with any photos still held.
 */
export function useUpdateEntry(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateGuestbooks();
  return useMutation({
    networkMode: 'always',
    mutationFn: (request: EntryRequest): Promise<Sent<EntryView>> =>
      sendOrQueue(
        () => api.put<EntryView>(`/api/v1/entries/${id}`, request),
        entryEditItem({ id, request }),
        { idempotent: true },
      ),
    onSuccess: (sent) => {
      if (sent.queued) return;
      queryClient.setQueryData(guestbookKeys.entry(id), sent.result);
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

/** The outbox's name for a bravo on a guestbook entry given or taken back offline. */
export const OUTBOX_ENTRY_BRAVO = OUTBOX_KINDS.entryBravo;

function entryBravoTarget(queryClient: QueryClient, id: number): BravoTarget {
  const key = guestbookKeys.entry(id);
  return {
    path: `/api/v1/entries/${id}/bravo`,
    queryKey: key,
    read: () => queryClient.getQueryData<EntryView>(key),
    write: (state) => {
      queryClient.setQueryData<EntryView>(key, (entry) => entry && { ...entry, ...state });
    },
    refresh: () => {
      void queryClient.invalidateQueries({ queryKey: guestbookKeys.pages });
    },
  };
}

export function sendQueuedEntryBravo(queryClient: QueryClient, payload: QueuedBravo) {
  return sendQueuedBravo(entryBravoTarget(queryClient, payload.id), payload.give);
}

/** Optimistic, like bravos on posts, and kept in the outbox without network (see useOptimisticBravo). */
export function useToggleEntryBravo(entry: Pick<EntryView, 'id' | 'body'>) {
  const queryClient = useQueryClient();
  return useOptimisticBravo(entryBravoTarget(queryClient, entry.id), {
    type: OUTBOX_ENTRY_BRAVO,
    id: entry.id,
    label: labelOf(entry.body ?? ''),
  });
}
