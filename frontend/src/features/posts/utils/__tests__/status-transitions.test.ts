import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, reasonRequired } from '@/features/posts/utils/status-transitions';

describe('status transitions', () => {
  it('follows the contract: new → under_review → adopted | declined', () => {
    expect(allowedNextStatuses('new')).toEqual(['under_review']);
    expect(allowedNextStatuses('under_review')).toEqual(['adopted', 'declined']);
    expect(allowedNextStatuses('adopted')).toEqual([]);
    expect(allowedNextStatuses('declined')).toEqual([]);
    expect(allowedNextStatuses(null)).toEqual([]);
  });

  it('requires a reason for declined only', () => {
    expect(reasonRequired('declined')).toBe(true);
    expect(reasonRequired('adopted')).toBe(false);
    expect(reasonRequired('under_review')).toBe(false);
  });
});
