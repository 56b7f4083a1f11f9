import { describe, expect, it } from 'vitest';
import { toThreads } from '@/features/comments/utils/thread';
import { comment } from '@/testing/fixtures';

const ids = (threads: ReturnType<typeof toThreads>) =>
  threads.map((thread) => [thread.comment.id, thread.replies.map((reply) => reply.id)]);

describe('toThreads', () => {
  it('groups replies under their top comment, in order', () => {
    const threads = toThreads([
      comment({ id: 1 }),
      comment({ id: 2, parentId: 1 }),
      comment({ id: 3 }),
      comment({ id: 4, parentId: 1 }),
    ]);
    expect(ids(threads)).toEqual([
      [1, [2, 4]],
      [3, []],
    ]);
  });

  it('attaches a reply to a reply to the top comment, and never shows a comment twice', () => {
    const threads = toThreads([
      comment({ id: 3, parentId: 2 }),
      comment({ id: 1 }),
      comment({ id: 2, parentId: 1 }),
    ]);
    expect(ids(threads)).toEqual([[1, [3, 2]]]);
  });

  it('keeps a reply whose parent is missing as a top comment', () => {
    expect(ids(toThreads([comment({ id: 7, parentId: 99 })]))).toEqual([[7, []]]);
  });
});
