import { describe, expect, it } from 'vitest';
import { formatRelativeTime, isFuture } from '@/lib/format-date';

const NOW = Date.parse('2024-05-10T12:00:00Z');

describe('formatRelativeTime', () => {
  it('speaks the user’s language', () => {
    expect(formatRelativeTime('2024-05-10T09:00:00Z', 'en', NOW)).toBe('3 hours ago');
    expect(formatRelativeTime('2024-05-10T09:00:00Z', 'fr', NOW)).toBe('il y a 3 heures');
  });

  it('picks the largest sensible unit', () => {
    expect(formatRelativeTime('2024-05-10T11:59:30Z', 'en', NOW)).toBe('now');
    expect(formatRelativeTime('2024-05-09T12:00:00Z', 'en', NOW)).toBe('yesterday');
    expect(formatRelativeTime('2024-04-19T12:00:00Z', 'en', NOW)).toBe('3 weeks ago');
    expect(formatRelativeTime('2023-05-10T12:00:00Z', 'fr', NOW)).toBe('l’année dernière');
  });
});

describe('isFuture', () => {
  it('compares with now', () => {
    expect(isFuture('2024-05-11T00:00:00Z', NOW)).toBe(true);
    expect(isFuture('2024-05-09T00:00:00Z', NOW)).toBe(false);
  });
});
