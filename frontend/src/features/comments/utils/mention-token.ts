export interface MentionToken {
  /** Index of the `@`. */
  start: number;
  /** What follows the `@`, up to the caret. */
  query: string;
}

// An @ at the start or after a space/punctuation (not inside an e-mail address), followed by
// the characters a username or a name prefix can have.
const MENTION_BEFORE_CARET = /(?:^|[^\p{L}\p{N}_@.-])@([\p{L}\p{N}._-]{1,40})$/u;

/** The mention being typed at `caret`, if any. */
export function mentionAt(text: string, caret: number): MentionToken | null {
  const match = MENTION_BEFORE_CARET.exec(text.slice(0, caret));
  const query = match?.[1];
  if (query === undefined) return null;
  return { start: caret - query.length - 1, query };
}
