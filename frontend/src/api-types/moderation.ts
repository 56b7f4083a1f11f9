// Wire types of the review queue and its actions (docs/api/moderation.md, "Review queue").
import type { PersonSummary } from '@/api-types/people';

/** Everything moderated through the one mechanism. */
export type ContentType = 'post' | 'comment' | 'entry' | 'video';

export type ModerationState = 'visible' | 'pending_review' | 'hidden' | 'deleted';

export type ModerationAction =
  'dismiss' | 'hide' | 'restore' | 'delete' | 'lock_comments' | 'unlock_comments' | 'warn';

export type ReportReason =
  'spam' | 'inappropriate' | 'customer_privacy' | 'wrong_information' | 'other';

export type QueueStatus = 'open' | 'closed';

export interface ReportDetail {
  id: number | string;
  /** null: the content was caught by a watch word, not reported by someone. */
  reporter: PersonSummary | null;
  reason: ReportReason;
  details: string | null;
  createdAt: string;
}

export interface OpenCase {
  id: number | string;
  openedAt: string;
  reportCount: number;
  /** How many reports gave each reason. */
  reasons: Partial<Record<ReportReason, number>>;
  flaggedWords: string[];
  heldByWatchWord: boolean;
}

/** On closed queue items only. */
export interface ClosedCase {
  id: number | string;
  closedAt: string;
  /** The server says `dismissed`, `hidden`, `restored` or `deleted`; kept open for later ones. */
  outcome: string;
  closedBy: PersonSummary | null;
}

export interface AuthorHistory {
  posts: number;
  comments: number;
  entries: number;
  moderationActions: number;
  warnings: number;
  suspendedUntil: string | null;
  suspended: boolean;
}

/** One line of the audit log: on the item page (its trail) and in the admins' audit log. */
export interface AuditEntryView {
  id: number | string;
  at: string;
  /** null: Bravo itself (auto-hide, watch words). */
  actor: PersonSummary | null;
  action: string;
  contentType: ContentType | null;
  contentId: string | null;
  contentTitle: string | null;
  /** The person affected. */
  subject: PersonSummary | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ModerationItemView {
  type: ContentType;
  /** Videos have UUIDs; posts, comments and entries numbers written as strings. */
  id: string;
  title: string;
  excerpt: string;
  /** The page where it shows: a comment's or a video's post or guestbook entry. */
  pageType: 'post' | 'entry';
  pageId: string;
  /** Shop code. */
  shop: string | null;
  author: PersonSummary;
  createdAt: string;
  state: ModerationState;
  hiddenReason: string | null;
  /** null: this content takes no comments (comments, videos). */
  commentsLocked: boolean | null;
  openCase: OpenCase | null;
  closedCase?: ClosedCase | null;
  /** Of the open case, else of the last closed one. */
  reports: ReportDetail[];
  authorHistory: AuthorHistory;
  /** This content's trail, newest first. */
  history: AuditEntryView[];
  availableActions: ModerationAction[];
}

export interface ModerationQueuePage {
  items: ModerationItemView[];
  nextCursor: string | null;
}

export interface ModerationActionRequest {
  action: ModerationAction;
  /** Required, ≤ 2000 characters; shown to the author (for `warn`, the message sent to them). */
  reason: string;
}
