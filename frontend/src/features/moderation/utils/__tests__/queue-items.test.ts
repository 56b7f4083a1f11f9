import { describe, expect, it } from 'vitest';
import { contentPageHref } from '@/features/moderation/utils/content-link';
import { parseQueueFilters } from '@/features/moderation/utils/queue-filters';
import { queueItems, reasonCounts } from '@/features/moderation/utils/queue-items';
import { moderationItem } from '@/testing/admin-fixtures';

describe('queue items', () => {
  it('keeps the first copy of content met on several pages', () => {
    const fresh = moderationItem({ title: 'fresh' });
    const stale = moderationItem({ title: 'stale' });
    const comment = moderationItem({ type: 'comment', id: '42' });
    expect(
      queueItems([{ items: [fresh] }, { items: [stale, comment] }]).map((item) => item.title),
    ).toEqual(['fresh', comment.title]);
  });

  it('orders reasons by how often they were given', () => {
    expect(reasonCounts({ spam: 1, other: 3, inappropriate: 0 })).toEqual([
      { reason: 'other', count: 3 },
      { reason: 'spam', count: 1 },
    ]);
  });
});

describe('content page links', () => {
  it('brings a comment into view on its page, and has no page for deleted posts', () => {
    expect(
      contentPageHref(
        moderationItem({ type: 'comment', id: '100', pageType: 'entry', pageId: '7' }),
      ),
    ).toBe('/entries/7#comment-100');
    expect(contentPageHref(moderationItem({ state: 'deleted' }))).toBeNull();
    expect(contentPageHref(moderationItem({ type: 'comment', id: '100', state: 'deleted' }))).toBe(
      '/posts/42#comment-100',
    );
  });
});

describe('queue filters', () => {
  it('defaults to open items of every type and ignores unknown values', () => {
    expect(parseQueueFilters(new URLSearchParams('status=bogus&type=song'))).toEqual({
      status: 'open',
      type: undefined,
    });
    expect(parseQueueFilters(new URLSearchParams('status=closed&type=video'))).toEqual({
      status: 'closed',
      type: 'video',
    });
  });
});
