// Wire types of the notifications resource (docs/api/social-loop.md, "Notifications"; the
// moderation ones: docs/api/moderation.md, "Notifications").
import type { PersonSummary } from '@/api-types/people';

export type NotificationType =
  | 'post_status_changed'
  | 'mentioned'
  | 'content_moderated'
  | 'moderation_warning'
  | 'account_suspended'
  | 'content_changed_by_staff'
  | 'shop_request_decided';

/** What a moderator did to the recipient's content (`data.action` of `content_moderated`). */
export type ModerationOutcome =
  'hidden' | 'held' | 'restored' | 'deleted' | 'comments_locked' | 'comments_unlocked';

/** `data` of `content_moderated`; `contentType` is a ContentType (see api-types/reports). */
export interface ContentModeratedData {
  action: ModerationOutcome;
  contentType: string;
  title: string | null;
  reason: string | null;
}

/** `data` of `moderation_warning`: `message` is the moderator's own words. */
export interface ModerationWarningData {
  contentType: string;
  title: string | null;
  message: string;
}

/**
 * `data` of `content_changed_by_staff`: a moderator or an admin (`by`) edited or deleted the
 * recipient's content from its own page; `title` is as the author knew it, `reason` is optional.
 */
export interface ContentChangedByStaffData {
  action: 'edited' | 'deleted';
  contentType: string;
  title: string | null;
  reason: string | null;
  by: 'moderator' | 'admin';
}

/**
 * `data` of `shop_request_decided`: an admin approved or declined the recipient's request to work
 * at `toShop` (a code, with its name) or at head office; `reason` is optional.
 */
export interface ShopRequestDecidedData {
  status: 'approved' | 'declined';
  toShop: string | null;
  toShopName: string | null;
  toHeadOffice: boolean;
  reason: string | null;
  /** The admin placed the recipient themselves, which settled the request; `reason` then in English. */
  setDirectly?: boolean;
}

/** `data` of `account_suspended`; `until` null: indefinitely. */
export interface AccountSuspendedData {
  until: string | null;
  reason: string;
}

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
  /**
   * Free-form details, typed per `type` by the contract for the moderation ones (see above); readers
   * still check each member, since a newer server may send more or older rows less.
   */
  data: Record<string, unknown>;
}
