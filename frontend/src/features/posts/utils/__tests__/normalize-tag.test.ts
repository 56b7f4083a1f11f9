import { describe, expect, it } from 'vitest';
import { addTag, normalizeTag } from '@/features/posts/utils/normalize-tag';

describe('normalizeTag', () => {
  it.each([
    ['  Accueil  ', 'accueil'],
    ['#Vitrine', 'vitrine'],
    ['# Vitrine', 'vitrine'],
    ['Accueil client', 'accueil-client'],
    ['Fête   des   mères', 'fête-des-mères'],
    ['ÉTÉ', 'été'],
    ['##double', '#double'],
    ['   ', ''],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeTag(raw)).toBe(expected);
  });
});

describe('addTag', () => {
  it('adds the normalized tag once, and ignores empty input', () => {
    expect(addTag(['accueil'], 'Vitrine')).toEqual(['accueil', 'vitrine']);
    expect(addTag(['accueil'], '#ACCUEIL')).toEqual(['accueil']);
    expect(addTag(['accueil'], '  ')).toEqual(['accueil']);
  });
});
