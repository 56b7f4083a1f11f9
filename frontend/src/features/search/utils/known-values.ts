import type { EntryKind } from '@/api-types/guestbook';
import type { PostKind, PostStatus } from '@/api-types/posts';
import type { SearchType } from '@/api-types/search';

// The index is open to new types, kinds and statuses before this client knows their names: those
// are shown as they come rather than through a translation that does not exist yet.

const KINDS: readonly PostKind[] = ['practice', 'idea', 'irritant'];
const ENTRY_KINDS: readonly EntryKind[] = ['experiment', 'customer_moment', 'team_note'];
const STATUSES: readonly PostStatus[] = ['new', 'under_review', 'adopted', 'declined'];
const TYPES: readonly SearchType[] = ['post', 'comment', 'entry', 'video'];

export function knownKind(kind: string | null | undefined): PostKind | undefined {
  return KINDS.find((candidate) => candidate === kind);
}

/** A guestbook entry's kind (entries, and the videos they carry, share the `kind` facet). */
export function knownEntryKind(kind: string | null | undefined): EntryKind | undefined {
  return ENTRY_KINDS.find((candidate) => candidate === kind);
}

export function knownStatus(status: string | null | undefined): PostStatus | undefined {
  return STATUSES.find((candidate) => candidate === status);
}

export function knownType(type: string | null | undefined): SearchType | undefined {
  return TYPES.find((candidate) => candidate === type);
}
