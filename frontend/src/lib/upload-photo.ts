import type { Photo } from '@/api-types/media';
import { api } from '@/lib/api-client';

/** Server limit; checked first so nobody waits for a 15 MB upload that will be refused. */
/** Photos one post or guestbook entry may carry (the server enforces the same). */
export const MAX_PHOTOS = 10;

export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

export function uploadPhoto(file: File, { signal }: { signal?: AbortSignal } = {}) {
  const form = new FormData();
  form.append('file', file);
  return api.post<Photo>('/api/v1/media/photos', form, { signal });
}
