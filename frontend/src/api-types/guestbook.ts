// Wire types of the guestbook and exchange resources (docs/api/guestbooks.md).
import type { Photo } from '@/api-types/media';
import type { PersonSummary } from '@/api-types/people';
import type { ShopRef } from '@/api-types/shops';
import type { VideoView } from '@/api-types/videos';

export type EntryKind = 'experiment' | 'customer_moment' | 'team_note';

export interface EntryView {
  id: number;
  shop: ShopRef;
  author: PersonSummary;
  kind: EntryKind;
  /** The day it happened, `yyyy-MM-dd`. */
  date: string;
  bodyHtml: string;
  /** Markdown source, only for those who may edit. */
  body: string | null;
  excerpt: string;
  photos: Photo[];
  videos: VideoView[];
  /** Whether the photos or films show a customer. */
  photosShowCustomer: boolean;
  consentBy: PersonSummary | null;
  consentAt: string | null;
  createdAt: string;
  editedAt: string | null;
  bravoCount: number;
  commentCount: number;
  bravoedByMe: boolean;
  /** Only ever true for the author and moderators; everyone else gets a 404. */
  hidden: boolean;
  /** Hidden until a moderator reviews it (docs/api/moderation.md). */
  pendingReview: boolean;
  hiddenReason: string | null;
  /** No new comments (409 `COMMENTS_LOCKED` on POST …/comments). */
  commentsLocked: boolean;
  promotedTo: { id: number; title: string } | null;
  canEdit: boolean;
  canDelete: boolean;
  canHide: boolean;
  canPromote: boolean;
}

export interface EntryPage {
  items: EntryView[];
  nextCursor: string | null;
  canWrite: boolean;
}

export interface EntryRequest {
  kind: EntryKind;
  body: string;
  date: string;
  photoIds: string[];
  /** At most 3; films ask the same customer question as photos. */
  videoIds: string[];
  photosShowCustomer: boolean | null;
  customerConsent: boolean;
}

export interface GuestbookSummary {
  code: string;
  name: string;
  city: string;
  region: string;
  entryCount: number;
  entriesLast30Days: number;
  lastActivityAt: string | null;
  latest: { id: number; kind: EntryKind; date: string; excerpt: string; authorName: string } | null;
}

export interface PromoteEntryRequest {
  title: string;
  tags: string[];
}

export type ExchangePeriod = 'weekly' | 'fortnightly' | 'monthly' | 'quarterly';

export interface MyExchangeView {
  roundNumber: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  period: ExchangePeriod;
  shop: ShopRef | null;
  reading: ShopRef | null;
  readBy: ShopRef[];
  engaged: boolean;
  iEngaged: boolean;
}

export interface ExchangePairing {
  reader: ShopRef;
  read: ShopRef;
  startsCycle: boolean;
  engaged: boolean;
  comments: number;
  bravos: number;
}

export interface ExchangeRoundView {
  number: number;
  periodStart: string;
  periodEnd: string;
  period: ExchangePeriod;
  /** Null for a preview. */
  startedAt: string | null;
  trigger: 'schedule' | 'admin' | null;
  startedBy: PersonSummary | null;
  pairings: ExchangePairing[];
  engagedCount: number;
}

export interface RoundsPage {
  items: ExchangeRoundView[];
  nextCursor: string | null;
}

export interface ExchangeSettingsView {
  period: ExchangePeriod;
  currentPeriodStart: string;
  nextRotation: string;
}
