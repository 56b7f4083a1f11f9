import { describe, expect, it } from 'vitest';
import { createTarget, isComposing } from '@/app/layout/create-target';

describe('createTarget', () => {
  it('shares a practice from the home page, the practices feed and any other page', () => {
    for (const [path, search] of [
      ['/', ''],
      ['/posts', '?kind=practice'],
      ['/posts', ''],
      ['/search', '?q=accueil'],
      ['/shops/lyon', ''],
    ] as const) {
      expect(createTarget(path, search, 'paris-opera')).toEqual({
        kind: 'practice',
        href: '/posts/new?kind=practice',
      });
    }
  });

  it('proposes an idea or reports an irritant from their feeds', () => {
    expect(createTarget('/posts', '?kind=idea', 'paris-opera').href).toBe('/posts/new?kind=idea');
    expect(createTarget('/posts', '?sort=latest&kind=irritant', null)).toEqual({
      kind: 'irritant',
      href: '/posts/new?kind=irritant',
    });
  });

  it('writes in my own guestbook from the guestbooks and from mine, not from another shop’s', () => {
    expect(createTarget('/guestbooks', '', 'paris-opera')).toEqual({
      kind: 'entry',
      href: '/guestbooks/paris-opera/new',
    });
    expect(createTarget('/guestbooks/paris-opera', '?month=2026-11', 'paris-opera').kind).toBe(
      'entry',
    );
    expect(createTarget('/guestbooks/lyon-confluence', '', 'paris-opera').kind).toBe('practice');
  });

  it('offers a practice to people without a shop, who have no guestbook of their own', () => {
    expect(createTarget('/guestbooks', '', null).kind).toBe('practice');
    expect(createTarget('/guestbooks/paris-opera', '', undefined).kind).toBe('practice');
  });
});

describe('isComposing', () => {
  it('knows the four composers and nothing else', () => {
    expect(isComposing('/posts/new')).toBe(true);
    expect(isComposing('/posts/12/edit')).toBe(true);
    expect(isComposing('/guestbooks/paris-opera/new')).toBe(true);
    expect(isComposing('/entries/3/edit')).toBe(true);
    expect(isComposing('/posts/12')).toBe(false);
    expect(isComposing('/')).toBe(false);
  });
});
