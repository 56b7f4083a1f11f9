// Wire types of the administration screens (docs/api/moderation.md, "Watch words", "Audit log",
// "People and suspensions", "Pinned posts"; shops and categories in docs/api/social-loop.md).
import type { AuditEntryView } from '@/api-types/moderation';
import type { PersonSummary } from '@/api-types/people';

export type WatchWordAction = 'block' | 'hold' | 'flag';

export interface WatchWordView {
  id: number | string;
  phrase: string;
  action: WatchWordAction;
  createdAt: string;
}

export interface WatchWordRequest {
  /** 1–100 characters; unique ignoring case and accents (409 WATCH_WORD_EXISTS). */
  phrase: string;
  action: WatchWordAction;
}

/** What an import changed; a bad line imports nothing (422, one error per line). */
export interface WatchWordImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface AuditPage {
  items: AuditEntryView[];
  nextCursor: string | null;
}

export interface Suspension {
  since: string;
  /** null: indefinitely. */
  until: string | null;
  reason: string;
  by: PersonSummary | null;
}

export interface UserAdminView {
  username: string;
  displayName: string;
  email: string | null;
  /** Shop code; null at head office or before they said where they work. */
  shop: string | null;
  headOffice: boolean;
  /** The company directory gives their shop: it is changed there, not in Bravo (409 SHOP_FROM_DIRECTORY). */
  shopFromDirectory: boolean;
  /** From Keycloak, as of their last sign-in. */
  roles: string[];
  lastSeenAt: string | null;
  suspension: Suspension | null;
}

export interface UsersPage {
  items: UserAdminView[];
  nextCursor: string | null;
}

export interface SuspendRequest {
  /** An instant in the future, or null for "indefinitely". */
  until: string | null;
  reason: string;
}

/** POST /shops (admin); `code` is `[a-z0-9-]{2,64}`. */
export interface CreateShopRequest {
  code: string;
  name: string;
  city: string;
  region: string;
}

/** PUT /shops/{code} (admin). */
export interface UpdateShopRequest {
  name: string;
  city: string;
  region: string;
  active: boolean;
}

/** POST /categories and PUT /categories/{id} (admin). */
export interface CategoryRequest {
  name: string;
  position: number;
}
