import type { ModerationItemView, ReportReason } from '@/api-types/moderation';

export function itemKey(item: Pick<ModerationItemView, 'type' | 'id'>): string {
  return `${item.type}:${item.id}`;
}

/**
 * The queue's pages as one list, each piece of content once. Cases open and close while a
 * moderator pages through (a new report moves an item), so the same content can come back on a
 * later page: the first, fresher copy wins.
 */
export function queueItems(
  pages: readonly { items: readonly ModerationItemView[] }[] | undefined,
): ModerationItemView[] {
  const seen = new Set<string>();
  const result: ModerationItemView[] = [];
  for (const page of pages ?? []) {
    for (const item of page.items) {
      const key = itemKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(item);
    }
  }
  return result;
}

/** Reasons of the open case, most given first (ties in the contract's order). */
export function reasonCounts(
  reasons: Partial<Record<ReportReason, number>> | undefined,
): { reason: ReportReason; count: number }[] {
  const order: readonly ReportReason[] = [
    'spam',
    'inappropriate',
    'customer_privacy',
    'wrong_information',
    'other',
  ];
  return order
    .map((reason) => ({ reason, count: reasons?.[reason] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}
