/** A run of text, `marked` when the server matched it. */
export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const MARK_TAG = /<(\/?)mark>/gi;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Unescapes the entities an HTML encoder writes; anything else is left exactly as it came. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Splits the server's highlighted HTML (escaped text with matches in `<mark>`) into plain text
 * runs. Only `<mark>` and `</mark>` carry meaning; every other tag-like sequence stays text, so
 * whatever the string holds it can never become markup.
 */
export function parseHighlight(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let depth = 0;
  let start = 0;

  function push(end: number) {
    if (end <= start) return;
    const text = decodeEntities(html.slice(start, end));
    const marked = depth > 0;
    const last = segments.at(-1);
    if (last?.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }

  for (const match of html.matchAll(MARK_TAG)) {
    push(match.index);
    // A stray closing tag is ignored rather than allowed to unbalance what follows.
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    start = match.index + match[0].length;
  }
  push(html.length);
  return segments;
}
