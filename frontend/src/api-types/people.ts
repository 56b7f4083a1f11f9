// Wire types of the people resource (docs/api/social-loop.md, "People").
import type { ShopRef } from '@/api-types/shops';

/** The signed-in user, from GET /me and PUT /me/shop. */
export interface MeView {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  /** Shop code, or null at head office or while the user has not picked one yet. */
  shop: string | null;
  /** Works at head office, for every shop. */
  headOffice: boolean;
  /** Ask where they work: never for head office, admins and moderators. */
  needsShop: boolean;
  /** The user's request to work elsewhere, until an admin decides it. */
  shopRequest: PendingShopChange | null;
  /** Set while an admin has suspended the account: it reads but does not write. */
  suspension: Suspension | null;
}

/** `until` null: suspended indefinitely. */
export interface Suspension {
  until: string | null;
  reason: string;
}

/** Where the user asked to work: `toShop` is a shop code, null when `toHeadOffice`. */
export interface PendingShopChange {
  id: number;
  toShop: string | null;
  toHeadOffice: boolean;
  createdAt: string;
}

/** PUT /me/shop: a shop code, or head office. */
export type SetMyShopRequest = { shop: string } | { headOffice: true };

/**
 * PUT /people/{username}/shop (admins): the same shape. Applies at once and settles the person's
 * pending request (approved when placed where they asked, declined otherwise).
 */
export type MovePersonRequest = SetMyShopRequest;

export type ShopRequestStatus = 'pending' | 'approved' | 'declined';

/** A request to work elsewhere, as admins decide it (GET /admin/shop-requests). */
export interface ShopRequestView {
  id: number;
  person: PersonSummary | null;
  fromShop: ShopRef | null;
  fromHeadOffice: boolean;
  toShop: ShopRef | null;
  toHeadOffice: boolean;
  status: ShopRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
}

export interface ShopRequestsPage {
  items: ShopRequestView[];
  nextCursor: string | null;
}

/** Compact author / search result; `shop` is a shop code. */
export interface PersonSummary {
  username: string;
  displayName: string;
  shop: string | null;
}

export interface ProfileView {
  username: string;
  displayName: string;
  shop: ShopRef | null;
  headOffice: boolean;
  postCount: number;
  bravosReceived: number;
  commentCount: number;
  memberSince: string;
}
