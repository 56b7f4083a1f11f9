import type { Photo } from '@/api-types/media';
import type { PostKind, PostView, UpdatePostRequest } from '@/api-types/posts';

/**
 * What the composer edits; photos are kept whole so their thumbnails survive a reload, videos by
 * id because their state (processing, ready) is followed live.
 */
export interface ComposerValues {
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  categoryId: number | null;
  photos: Photo[];
  videoIds: string[];
}

export const MAX_TITLE_LENGTH = 140;
export const MAX_BODY_LENGTH = 20_000;
export { MAX_PHOTOS } from '@/lib/upload-photo';

export function emptyValues(kind: PostKind): ComposerValues {
  return { kind, title: '', body: '', tags: [], categoryId: null, photos: [], videoIds: [] };
}

export function valuesFromPost(post: PostView): ComposerValues {
  return {
    kind: post.kind,
    title: post.title,
    body: post.body,
    tags: post.tags,
    categoryId: post.category?.id ?? null,
    photos: post.photos,
    videoIds: post.videos.map((video) => video.id),
  };
}

export function toUpdateRequest(values: ComposerValues, draft: boolean): UpdatePostRequest {
  return {
    title: values.title.trim(),
    body: values.body,
    tags: values.tags,
    categoryId: values.categoryId,
    photoIds: values.photos.map((photo) => photo.id),
    videoIds: values.videoIds,
    draft,
  };
}
