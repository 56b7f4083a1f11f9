import { describe, expect, it } from 'vitest';
import { mentionAt } from '@/features/comments/utils/mention-token';

describe('mentionAt', () => {
  it('finds the mention being typed before the caret', () => {
    expect(mentionAt('Merci @ca', 9)).toEqual({ start: 6, query: 'ca' });
    expect(mentionAt('@Émi', 4)).toEqual({ start: 0, query: 'Émi' });
    expect(mentionAt('(@jean.d', 8)).toEqual({ start: 1, query: 'jean.d' });
  });

  it('ignores e-mail addresses, a lone @ and a finished mention', () => {
    expect(mentionAt('ecrire à a@ca', 13)).toBeNull();
    expect(mentionAt('Merci @', 7)).toBeNull();
    expect(mentionAt('Merci @camille ', 15)).toBeNull();
  });

  it('only looks before the caret', () => {
    expect(mentionAt('@camille merci', 3)).toEqual({ start: 0, query: 'ca' });
  });
});
