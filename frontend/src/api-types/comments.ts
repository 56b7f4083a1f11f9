// Wire types of the comments resource (docs/api/social-loop.md, "Comments").
import type { PersonSummary } from '@/api-types/people';

/** What comments hang under: a post or a guestbook entry. */
export interface CommentTarget {
  type: 'post' | 'entry';
  id: number;
}

export interface CommentView {
  id: number;
  targetType: 'post' | 'entry';
  targetId: number;
  parentId: number | null;
  author: PersonSummary;
  bodyHtml: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  bravoCount: number;
  bravoedByMe: boolean;
  mentions: string[];
  canEdit: boolean;
  canDelete: boolean;
  /** A deleted comment that still has replies stays as a placeholder with an empty body. */
  deleted: boolean;
  /** Hidden from everyone but its author and moderators (docs/api/moderation.md). */
  hidden: boolean;
  /** Hidden until a moderator reviews it. */
  pendingReview: boolean;
  /** What the author and moderators are told. */
  hiddenReason: string | null;
}

export interface CreateCommentRequest {
  body: string;
  parentId: number | null;
}

export interface UpdateCommentRequest {
  body: string;
}
