import type { UserAdminView, WatchWordView } from '@/api-types/admin';
import type { AuditEntryView, ModerationItemView, ReportDetail } from '@/api-types/moderation';
import { ME_FIXTURE } from '@/testing/test-utils';

// Builders of the moderation and administration payloads of docs/api/moderation.md, overridable
// field by field.

export const MODERATOR_ME = {
  ...ME_FIXTURE,
  username: 'nadia',
  displayName: 'Nadia Petit',
  roles: ['employee', 'moderator'],
};
export const ADMIN_ME = {
  ...ME_FIXTURE,
  username: 'alice',
  displayName: 'Alice Admin',
  roles: ['employee', 'admin'],
};

export function reportDetail(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: 1,
    reporter: { username: 'lucas', displayName: 'Lucas Bernard', shop: 'lyon-confluence' },
    reason: 'spam',
    details: null,
    createdAt: '2026-11-28T09:00:00Z',
    ...overrides,
  };
}

export function auditEntry(overrides: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    id: 1,
    at: '2026-11-28T10:00:00Z',
    actor: { username: 'nadia', displayName: 'Nadia Petit', shop: 'paris-opera' },
    action: 'content.hide',
    contentType: 'post',
    contentId: '42',
    contentTitle: 'Promo à ne pas rater',
    subject: { username: 'marc', displayName: 'Marc Durand', shop: 'paris-opera' },
    reason: 'Publicité',
    before: null,
    after: null,
    ...overrides,
  };
}

export function moderationItem(overrides: Partial<ModerationItemView> = {}): ModerationItemView {
  return {
    type: 'post',
    id: '42',
    title: 'Promo à ne pas rater',
    excerpt: 'Achetez chez mon cousin, -50 % !',
    pageType: 'post',
    pageId: '42',
    shop: 'paris-opera',
    author: { username: 'marc', displayName: 'Marc Durand', shop: 'paris-opera' },
    createdAt: '2026-11-27T08:00:00Z',
    state: 'visible',
    hiddenReason: null,
    commentsLocked: false,
    openCase: {
      id: 7,
      openedAt: '2026-11-28T09:00:00Z',
      reportCount: 2,
      reasons: { spam: 2 },
      flaggedWords: [],
      heldByWatchWord: false,
    },
    closedCase: null,
    reports: [
      reportDetail(),
      reportDetail({
        id: 2,
        reporter: { username: 'ines', displayName: 'Inès Moreau', shop: 'lille-centre' },
        details: 'Lien vers un site externe',
      }),
    ],
    authorHistory: {
      posts: 12,
      comments: 30,
      entries: 2,
      moderationActions: 1,
      warnings: 0,
      suspendedUntil: null,
      suspended: false,
    },
    history: [],
    availableActions: ['dismiss', 'hide', 'delete', 'lock_comments', 'warn'],
    ...overrides,
  };
}

export function watchWord(overrides: Partial<WatchWordView> = {}): WatchWordView {
  return {
    id: 1,
    phrase: 'arnaque',
    action: 'hold',
    createdAt: '2026-11-01T08:00:00Z',
    ...overrides,
  };
}

export function userAdmin(overrides: Partial<UserAdminView> = {}): UserAdminView {
  return {
    username: 'marc',
    displayName: 'Marc Durand',
    email: 'marc.durand@example.org',
    shop: 'paris-opera',
    headOffice: false,
    shopFromDirectory: false,
    roles: ['employee'],
    lastSeenAt: '2026-11-28T08:00:00Z',
    suspension: null,
    ...overrides,
  };
}
