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
  /** Null until the author answers; only asked when photos are attached. */
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
    photosShowCustomer: null,
    customerConsent: false,
  };
}

export function valuesFromEntry(entry: EntryView): EntryFormValues {
  return {
    kind: entry.kind,
    body: entry.body ?? '',
    date: entry.date,
    photos: entry.photos,
    photosShowCustomer: entry.photos.length > 0 ? entry.photosShowCustomer : null,
    customerConsent: entry.consentBy !== null,
  };
}

/**
 * The same rules as the server, checked before sending so the author sees them at once: a text,
 * and when photos are attached, an answer about customers and, if one appears, the consent tick.
 */
export function validateEntry(values: EntryFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.body.trim()) errors.body = 'REQUIRED';
  if (values.photos.length > 0) {
    if (values.photosShowCustomer === null) errors.photosShowCustomer = 'REQUIRED';
    else if (values.photosShowCustomer && !values.customerConsent)
      errors.customerConsent = 'REQUIRED';
  }
  return errors;
}

export function toEntryRequest(values: EntryFormValues): EntryRequest {
  const hasPhotos = values.photos.length > 0;
  return {
    kind: values.kind,
    body: values.body,
    date: values.date,
    photoIds: values.photos.map((photo) => photo.id),
    photosShowCustomer: hasPhotos ? values.photosShowCustomer : null,
    customerConsent: hasPhotos && values.photosShowCustomer === true && values.customerConsent,
  };
}
