export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 40;

/**
 * The server's normalization (contract: trimmed, lower-cased, accents kept, inner spaces → `-`,
 * a leading `#` dropped), applied as the user types so the chip shows the tag that will be
 * stored and duplicates are caught before saving. Runs of spaces become a single dash.
 */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/^#/, '').trim().toLowerCase().replace(/\s+/g, '-');
}

/** Adds the normalized tag unless empty or already present. */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = normalizeTag(raw);
  if (!tag || tags.includes(tag)) return [...tags];
  return [...tags, tag];
}
