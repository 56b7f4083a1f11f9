// Wire types of the reports resource (docs/api/moderation.md, "Reports").

/** What can be reported (and moderated): a post, a comment, a guestbook entry or a video. */
export type ContentType = 'post' | 'comment' | 'entry' | 'video';

/** One piece of content; ids are strings in this API (videos have UUIDs, the others numbers). */
export interface ContentRef {
  type: ContentType;
  id: string;
}

export const REPORT_REASONS = [
  'spam',
  'inappropriate',
  'customer_privacy',
  'wrong_information',
  'other',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** `details` at most this long, required for `other`. */
export const MAX_REPORT_DETAILS_LENGTH = 1000;

export interface CreateReportRequest {
  contentType: ContentType;
  contentId: string;
  reason: ReportReason;
  details: string | null;
}

export interface ReportView {
  id: number;
  contentType: ContentType;
  contentId: string;
  reason: ReportReason;
  details: string | null;
  createdAt: string;
  status: 'received' | 'reviewed';
}
