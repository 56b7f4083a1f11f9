import type { CommentView } from '@/api-types/comments';

export interface Thread {
  comment: CommentView;
  replies: CommentView[];
}

/**
 * One level of replies, grouped under their top comment. The API already sends replies right
 * after their parent, but grouping by id keeps us correct whatever the order (e.g. after an
 * optimistic append) and whatever the depth (a reply to a reply belongs to the top comment).
 * A reply whose parent is missing is shown as a top comment rather than lost.
 */
export function toThreads(comments: readonly CommentView[]): Thread[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const topOf = (comment: CommentView): CommentView => {
    let current = comment;
    const seen = new Set<number>();
    while (current.parentId !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };

  const threads = new Map<number, Thread>();
  for (const comment of comments) {
    const top = topOf(comment);
    const thread = threads.get(top.id) ?? { comment: top, replies: [] };
    threads.set(top.id, thread);
    if (top.id !== comment.id) thread.replies.push(comment);
  }
  return [...threads.values()];
}
