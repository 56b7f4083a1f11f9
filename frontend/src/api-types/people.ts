// Wire types of the people resource (docs/api/social-loop.md, "People").
import type { ShopRef } from '@/api-types/shops';

/** The signed-in user, from GET /me and PUT /me/shop. */
export interface MeView {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  /** Shop code, or null while the user has not picked one yet. */
  shop: string | null;
  needsShop: boolean;
  /** Set while an admin has suspended the account: it reads but does not write. */
  suspension: Suspension | null;
}

/** `until` null: suspended indefinitely. */
export interface Suspension {
  until: string | null;
  reason: string;
}

export interface SetMyShopRequest {
  shop: string;
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
  postCount: number;
  bravosReceived: number;
  commentCount: number;
  memberSince: string;
}
