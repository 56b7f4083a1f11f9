/**
 * The kinds of outbox items, by the name kept with each item in IndexedDB: renaming one would leave
 * items written by an earlier version unsendable. Listed here, apart from the features that send
 * them, so the outbox's list can name them and the app can register their senders without loading
 * every feature's code on the first screen.
 */
export const OUTBOX_KINDS = {
  post: 'post',
  postEdit: 'post-edit',
  entry: 'entry',
  entryEdit: 'entry-edit',
  comment: 'comment',
  commentEdit: 'comment-edit',
  postBravo: 'post-bravo',
  entryBravo: 'entry-bravo',
  commentBravo: 'comment-bravo',
} as const;

export type OutboxKind = (typeof OUTBOX_KINDS)[keyof typeof OUTBOX_KINDS];

const KNOWN: readonly string[] = Object.values(OUTBOX_KINDS);

export function isOutboxKind(type: string): type is OutboxKind {
  return KNOWN.includes(type);
}
