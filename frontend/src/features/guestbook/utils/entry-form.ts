import type { EntryKind, EntryRequest, EntryView } from '@/api-types/guestbook';
import type { Photo } from '@/api-types/media';
import type { FieldErrors } from '@/lib/field-errors';

export const ENTRY_KINDS: readonly EntryKind[] = ['experiment', 'customer_moment', 'team_note'];
export const MAX_ENTRY_LENGTH = 10_000;

export interface EntryFormValues {
  kind: EntryKind;
  body: string;
  date: string;
  photos: Photo[];
  videoIds: string[];
  /** Null until the author answers; only asked when photos or videos are attached. */
  photosShowCustomer: boolean | null;
  customerConsent: boolean;
}

/** Today in the browser's calendar, as the date input wants it. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function emptyEntry(now = new Date()): EntryFormValues {
  return {
    kind: 'experiment',
    body: '',
    date: today(now),
    photos: [],
    videoIds: [],
    photosShowCustomer: null,
    customerConsent: false,
  };
}

/** Films show customers as much as photos do: the same question and consent cover both. */
export function hasMedia(values: Pick<EntryFormValues, 'photos' | 'videoIds'>): boolean {
  return values.photos.length > 0 || values.videoIds.length > 0;
}

export function valuesFromEntry(entry: EntryView): EntryFormValues {
  const videoIds = entry.videos.map((video) => video.id);
  return {
    kind: entry.kind,
    body: entry.body ?? '',
    date: entry.date,
    photos: entry.photos,
    videoIds,
    photosShowCustomer: hasMedia({ photos: entry.photos, videoIds })
      ? entry.photosShowCustomer
      : null,
    customerConsent: entry.consentBy !== null,
  };
}

/**
 * The same rules as the server, checked before sending so the author sees them at once: a text,
 * and when photos or videos are attached, an answer about customers and, if one appears, the
 * consent tick.
 */
/** `heldPhotos`: photos chosen offline, not uploaded yet, which ask the customer question all the same. */
export function validateEntry(values: EntryFormValues, heldPhotos = 0): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.body.trim()) errors.body = 'REQUIRED';
  if (hasMedia(values) || heldPhotos > 0) {
    if (values.photosShowCustomer === null) errors.photosShowCustomer = 'REQUIRED';
    else if (values.photosShowCustomer && !values.customerConsent)
      errors.customerConsent = 'REQUIRED';
  }
  return errors;
}

export function toEntryRequest(values: EntryFormValues, heldPhotos = 0): EntryRequest {
  const media = hasMedia(values) || heldPhotos > 0;
  return {
    kind: values.kind,
    body: values.body,
    date: values.date,
    photoIds: values.photos.map((photo) => photo.id),
    videoIds: values.videoIds,
    photosShowCustomer: media ? values.photosShowCustomer : null,
    customerConsent: media && values.photosShowCustomer === true && values.customerConsent,
  };
}
