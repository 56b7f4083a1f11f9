export const SUSPENSION_CHOICES = ['1d', '7d', '30d', 'date', 'indefinite'] as const;
export type SuspensionChoice = (typeof SUSPENSION_CHOICES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS: Partial<Record<SuspensionChoice, number>> = { '1d': 1, '7d': 7, '30d': 30 };

export type SuspensionEnd = { valid: true; until: string | null } | { valid: false };

/**
 * The `until` instant to send: N days from now, the end of the chosen day (midnight after it, in
 * the admin's time zone), or null for "indefinitely". A missing or past date is not valid: the
 * server refuses an end that is not in the future.
 */
export function suspensionEnd(
  choice: SuspensionChoice,
  date: string,
  now = new Date(),
): SuspensionEnd {
  if (choice === 'indefinite') return { valid: true, until: null };
  const days = DAYS[choice];
  if (days !== undefined) {
    return { valid: true, until: new Date(now.getTime() + days * DAY_MS).toISOString() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return { valid: false };
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1);
  if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime()) return { valid: false };
  return { valid: true, until: end.toISOString() };
}

/** `2026-11-30` in the admin's time zone: the earliest day the date picker offers. */
export function localIsoDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
