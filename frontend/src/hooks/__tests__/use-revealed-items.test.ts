import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRevealedItems } from '@/hooks/use-revealed-items';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('useRevealedItems', () => {
  it('shows the first items, then a step more at each reveal, never past the end', () => {
    const items = numbers(10);
    const { result } = renderHook(() => useRevealedItems(items, 'reveal-steps', 4, 5));
    expect(result.current.shown).toEqual([1, 2, 3, 4]);
    expect(result.current.reveal.hidden).toBe(6);

    act(() => {
      result.current.reveal.revealMore();
    });
    expect(result.current.shown).toEqual(numbers(9));
    expect(result.current.reveal.hidden).toBe(1);

    act(() => {
      result.current.reveal.revealMore();
    });
    expect(result.current.shown).toEqual(numbers(10));
    expect(result.current.reveal.hidden).toBe(0);
  });

  it('starts another list short, and a list one comes back to as long as it was', () => {
    const items = numbers(20);
    const first = renderHook(({ key }) => useRevealedItems(items, key, 4, 8), {
      initialProps: { key: 'latest' },
    });
    act(() => {
      first.result.current.reveal.revealMore();
    });
    expect(first.result.current.shown).toHaveLength(12);

    // Another filter: another list.
    first.rerender({ key: 'top' });
    expect(first.result.current.shown).toHaveLength(4);
    first.unmount();

    // Back on the first list (from a post): as long as it was, so the scroll can return.
    const again = renderHook(() => useRevealedItems(items, 'latest', 4, 8));
    expect(again.result.current.shown).toHaveLength(12);
  });
});
