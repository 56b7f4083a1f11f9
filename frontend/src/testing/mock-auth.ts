import { vi } from 'vitest';
import type * as Auth from '@/lib/auth';

export const TEST_ACCESS_TOKEN = 'test-access-token';
/** The `sub` of the person signed in during tests; drafts and uploads are kept under it. */
export const TEST_USER_ID = 'test-user';

export const initAuth = vi.fn<typeof Auth.initAuth>(() => Promise.resolve());
export const getAccessToken = vi.fn<typeof Auth.getAccessToken>(() =>
  Promise.resolve(TEST_ACCESS_TOKEN),
);
export const login = vi.fn<typeof Auth.login>();
export const logout = vi.fn<typeof Auth.logout>(() => Promise.resolve());
export const currentUserId = vi.fn<typeof Auth.currentUserId>(() => TEST_USER_ID);
