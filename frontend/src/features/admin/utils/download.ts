/**
 * Saves a fetched file: exports need the bearer token, which a plain link cannot send, so the
 * file is fetched first and handed to the browser through a temporary blob link.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: let them finish before freeing it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** `bravo-audit-2026-11-30.csv`: a dated name, so successive exports do not overwrite each other. */
export function datedFilename(prefix: string, now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${prefix}-${date}.csv`;
}
