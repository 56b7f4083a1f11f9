/** A post id from the URL, or null for anything that is not a positive integer. */
export function parseId(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
