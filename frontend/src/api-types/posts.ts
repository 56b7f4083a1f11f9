// Wire types of the posts resource (docs/api/social-loop.md, "Posts"; moderation state:
// docs/api/moderation.md).
import type { CategoryRef } from '@/api-types/categories';
import type { Photo } from '@/api-types/media';
import type { PersonSummary } from '@/api-types/people';
import type { ShopRef } from '@/api-types/shops';
import type { VideoView } from '@/api-types/videos';

export type PostKind = 'practice' | 'idea' | 'irritant';

/** Only ideas and irritants have a status; practices always have `null`. */
export type PostStatus = 'new' | 'under_review' | 'adopted' | 'declined';

export type FeedSort = 'latest' | 'top';
export type FeedPeriod = 'week' | 'month' | 'all';

/** Query parameters of GET /posts. */
export interface FeedQuery {
  sort?: FeedSort;
  period?: FeedPeriod;
  kind?: PostKind;
  tag?: string;
  shop?: string;
  author?: string;
  /** Only posts with a video: the films gallery. */
  video?: boolean;
  cursor?: string;
  limit?: number;
}

export interface PostSummary {
  id: number;
  kind: PostKind;
  title: string;
  /** Plain text, at most 200 characters. */
  excerpt: string;
  tags: string[];
  category: CategoryRef | null;
  shop: ShopRef | null;
  author: PersonSummary;
  createdAt: string;
  publishedAt: string | null;
  editedAt: string | null;
  status: PostStatus | null;
  bravoCount: number;
  commentCount: number;
  bravoedByMe: boolean;
  thumbnailUrl: string | null;
  pinnedUntil: string | null;
  draft: boolean;
  /** Its first video, if any (the films gallery shows its poster). */
  video: VideoView | null;
}

// A post's page lists all its films (`videos`); the feed's first one (`video`) is not sent.
export interface PostView extends Omit<PostSummary, 'video'> {
  /** Sanitized by the server. */
  bodyHtml: string;
  /** Markdown source, for editing. */
  body: string;
  photos: Photo[];
  videos: VideoView[];
  statusReason: string | null;
  canEdit: boolean;
  canDelete: boolean;
  canModerate: boolean;
  /** The guestbook entry this practice was promoted from; its shop is the post's shop. */
  sourceEntryId: number | null;
  /** Hidden from everyone but its author and moderators (who alone ever see it true). */
  hidden: boolean;
  /** Hidden until a moderator reviews it (held by a watch word, or reported by enough people). */
  pendingReview: boolean;
  /** What the author and moderators are told. */
  hiddenReason: string | null;
  /** No new comments (409 `COMMENTS_LOCKED` on POST …/comments). */
  commentsLocked: boolean;
}

export interface FeedPage {
  items: PostSummary[];
  /** Filled on the first page only; these posts are not repeated in `items`. */
  pinned: PostSummary[];
  nextCursor: string | null;
}

export interface CreatePostRequest {
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  categoryId: number | null;
  photoIds: string[];
  /** At most 3, uploaded by the author; processing videos may be attached. */
  videoIds: string[];
  draft: boolean;
  /**
   * The shop the post comes from, for authors without one (head office); absent or null: the
   * author's shop, or none.
   */
  shop?: string | null;
}

export type UpdatePostRequest = Omit<CreatePostRequest, 'kind' | 'shop'>;

export interface ChangeStatusRequest {
  status: PostStatus;
  /** Required for `declined`; we send null when the moderator gave none. */
  reason: string | null;
}

export interface PinRequest {
  /** 1 to 7. */
  days: number;
}
