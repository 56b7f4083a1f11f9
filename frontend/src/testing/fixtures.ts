import type { CommentView } from '@/api-types/comments';
import type { EntryView } from '@/api-types/guestbook';
import type { Photo } from '@/api-types/media';
import type { NotificationView } from '@/api-types/notifications';
import type { PostSummary, PostView } from '@/api-types/posts';
import type { CreateReportRequest } from '@/api-types/reports';
import type { SearchHit, SearchPage } from '@/api-types/search';
import type { ShopView } from '@/api-types/shops';
import type { VideoUploadView, VideoView } from '@/api-types/videos';

// Builders of API payloads matching docs/api/social-loop.md, docs/api/guestbooks.md,
// docs/api/videos.md and docs/api/search.md, overridable field by field.

export function postSummary(overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    id: 1,
    kind: 'practice',
    title: 'Accueil en vitrine',
    excerpt: 'Un sourire dès la porte.',
    tags: ['accueil'],
    category: null,
    shop: { code: 'paris-opera', name: 'Paris Opéra' },
    author: { username: 'lucas', displayName: 'Lucas Bernard', shop: 'lyon-confluence' },
    createdAt: '2024-05-01T09:00:00Z',
    publishedAt: '2024-05-01T09:00:00Z',
    editedAt: null,
    status: null,
    bravoCount: 0,
    commentCount: 0,
    bravoedByMe: false,
    thumbnailUrl: null,
    pinnedUntil: null,
    draft: false,
    video: null,
    ...overrides,
  };
}

export function postView(overrides: Partial<PostView> = {}): PostView {
  return {
    ...postSummary(),
    bodyHtml: '<p>Un sourire dès la porte.</p>',
    body: 'Un sourire dès la porte.',
    photos: [],
    videos: [],
    statusReason: null,
    canEdit: false,
    canDelete: false,
    canModerate: false,
    sourceEntryId: null,
    hidden: false,
    pendingReview: false,
    hiddenReason: null,
    commentsLocked: false,
    ...overrides,
  };
}

export function comment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: 100,
    targetType: 'post',
    targetId: 1,
    parentId: null,
    author: { username: 'lucas', displayName: 'Lucas Bernard', shop: 'lyon-confluence' },
    bodyHtml: '<p>Super idée</p>',
    body: 'Super idée',
    createdAt: '2024-05-01T10:00:00Z',
    editedAt: null,
    bravoCount: 0,
    bravoedByMe: false,
    mentions: [],
    canEdit: false,
    canDelete: false,
    deleted: false,
    hidden: false,
    pendingReview: false,
    hiddenReason: null,
    ...overrides,
  };
}

export function entryView(overrides: Partial<EntryView> = {}): EntryView {
  return {
    id: 7,
    shop: { code: 'paris-opera', name: 'Paris Opéra' },
    author: { username: 'camille', displayName: 'Camille Martin', shop: 'paris-opera' },
    kind: 'customer_moment',
    date: '2026-11-20',
    bodyHtml: '<p>Un client revenu nous remercier.</p>',
    body: 'Un client revenu nous remercier.',
    excerpt: 'Un client revenu nous remercier.',
    photos: [],
    videos: [],
    photosShowCustomer: false,
    consentBy: null,
    consentAt: null,
    createdAt: '2026-11-20T10:00:00Z',
    editedAt: null,
    bravoCount: 0,
    commentCount: 0,
    bravoedByMe: false,
    hidden: false,
    pendingReview: false,
    hiddenReason: null,
    commentsLocked: false,
    promotedTo: null,
    canEdit: false,
    canDelete: false,
    canHide: false,
    canPromote: false,
    ...overrides,
  };
}

/** A photo as the upload endpoint answers it. */
export function photo(overrides: Partial<Photo> = {}): Photo {
  return {
    id: 'p-1',
    url: 'https://store.example/p-1.jpg',
    thumbnailUrl: 'https://store.example/p-1-thumb.jpg',
    width: 800,
    height: 600,
    ...overrides,
  };
}

/** A ready video, as its uploader sees it. */
export function videoView(overrides: Partial<VideoView> = {}): VideoView {
  return {
    id: '3f0c6c1e-5d2a-4c4e-9a7e-1b2c3d4e5f60',
    status: 'ready',
    progress: 100,
    failureReason: null,
    failureCode: null,
    failureParams: {},
    fileName: 'vitrine.mp4',
    durationMs: 83_500,
    width: 1080,
    height: 1920,
    posterUrl: 'https://store.example/videos/poster.jpg?X-Amz-Signature=p',
    playbackUrl: 'https://store.example/videos/video.mp4?X-Amz-Signature=v',
    urlsExpireAt: '2099-01-01T00:00:00Z',
    captions: [],
    canEdit: true,
    hidden: false,
    pendingReview: false,
    hiddenReason: null,
    ...overrides,
  };
}

export const VIDEO_UPLOAD_ID = 'b3a1c2d4-0000-4000-8000-000000000002';

/** An upload just opened by the backend: 12 bytes in two parts of 8, none stored yet. */
export function videoUploadView(overrides: Partial<VideoUploadView> = {}): VideoUploadView {
  return {
    videoId: VIDEO_UPLOAD_ID,
    status: 'uploading',
    fileName: 'clip.mp4',
    size: 12,
    partSize: 8,
    partCount: 2,
    createdAt: '2026-11-28T10:00:00Z',
    parts: [],
    ...overrides,
  };
}

/** A post found by a search for "accueil". */
export function searchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    type: 'post',
    id: '42',
    kind: 'practice',
    status: null,
    title: 'Un accueil chaleureux',
    titleHtml: 'Un <mark>accueil</mark> chaleureux',
    snippetHtml: 'Dire bonjour à chaque client, dès l&#x27;<mark>accueil</mark> en vitrine.',
    tags: ['accueil', 'vitrine'],
    shop: 'paris-opera',
    shopName: 'Paris Opéra',
    author: 'lucas',
    authorName: 'Lucas Bernard',
    createdAt: '2026-11-20T09:00:00Z',
    bravos: 3,
    parentType: null,
    parentId: null,
    parentTitle: null,
    startMs: null,
    ...overrides,
  };
}

export function searchPage(overrides: Partial<SearchPage> = {}): SearchPage {
  const items = overrides.items ?? [searchHit()];
  return {
    items,
    total: items.length,
    facets: { type: [], kind: [], shop: [], tag: [], author: [] },
    next: null,
    didYouMean: null,
    ...overrides,
  };
}

/** A notification already read, about nothing in particular: tests set what it is about. */
export function notification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 1,
    type: 'mentioned',
    createdAt: '2024-05-01T10:00:00Z',
    readAt: '2024-05-01T11:00:00Z',
    postId: null,
    entryId: null,
    commentId: null,
    actor: null,
    data: {},
    ...overrides,
  };
}

/** The shops a person picks where they work from: two open, one closed. */
export const SHOP_CHOICES: ShopView[] = [
  { code: 'paris-opera', name: 'Paris Opéra', city: 'Paris', region: 'IDF', active: true },
  { code: 'lyon-confluence', name: 'Lyon Confluence', city: 'Lyon', region: 'ARA', active: true },
  { code: 'old', name: 'Ancienne', city: 'Lyon', region: 'ARA', active: false },
].map((shop) => ({ ...shop, peopleCount: 1, postCount: 1 }));

/** What the report dialog sends for a comment reported as spam, without details. */
export function reportRequest(overrides: Partial<CreateReportRequest> = {}): CreateReportRequest {
  return { contentType: 'comment', contentId: '12', reason: 'spam', details: null, ...overrides };
}
