// Wire types of the notifications resource (docs/api/social-loop.md, "Notifications").
import type { PersonSummary } from '@/api-types/people';

export type NotificationType = 'post_status_changed' | 'mentioned';

export interface NotificationView {
  /** The contract does not type this id; posts and comments use numbers, so we assume one too. */
  id: number;
  type: NotificationType;
  createdAt: string;
  readAt: string | null;
  postId: number | null;
  /** Set instead of postId when it happened on a guestbook entry. */
  entryId: number | null;
  commentId: number | null;
  actor: PersonSummary | null;
  /** Free-form details; the contract does not list its members, so readers must check them. */
  data: Record<string, unknown>;
}
