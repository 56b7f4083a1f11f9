import { describe, expect, it } from 'vitest';
import { formatDuration } from '@/lib/format-duration';

describe('formatDuration', () => {
  it('shows minutes and two-digit seconds, rounded to the nearest second', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(83_500)).toBe('1:24');
    expect(formatDuration(59_400)).toBe('0:59');
    expect(formatDuration(600_000)).toBe('10:00');
  });

  it('adds hours from an hour on', () => {
    expect(formatDuration(3_600_000)).toBe('1:00:00');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});
