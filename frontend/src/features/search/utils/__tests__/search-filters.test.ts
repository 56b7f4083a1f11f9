import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  parseSearchFilters,
  searchHref,
  toSearchQuery,
} from '@/features/search/utils/search-filters';

const parse = (search: string) => parseSearchFilters(new URLSearchParams(search));

describe('search filters', () => {
  it('reads the query, filters and sort from the URL', () => {
    expect(
      parse('q=+accueil+&kind=idea&tag=Sécurité&shop=paris-opera&from=2026-01-01&sort=newest'),
    ).toEqual({
      q: 'accueil',
      sort: 'newest',
      type: undefined,
      kind: 'idea',
      shop: 'paris-opera',
      tag: 'Sécurité',
      author: undefined,
      from: '2026-01-01',
      to: undefined,
    });
  });

  it('drops what the server would refuse: unknown sort, malformed dates, long queries', () => {
    const filters = parse(`q=${'a'.repeat(250)}&sort=top&from=hier&to=2026-13`);
    expect(filters.q).toHaveLength(200);
    expect(filters.sort).toBe('relevance');
    expect(filters.from).toBeUndefined();
    expect(filters.to).toBeUndefined();
  });

  it('needs a text or a filter before searching', () => {
    expect(hasCriteria(parse(''))).toBe(false);
    expect(hasCriteria(parse('sort=newest'))).toBe(false);
    expect(hasCriteria(parse('tag=accueil'))).toBe(true);
    expect(hasCriteria(parse('q=caisse'))).toBe(true);
  });

  it('leaves defaults out of requests and links', () => {
    expect(toSearchQuery(parse('q=caisse&kind=idea'))).toEqual({ q: 'caisse', kind: 'idea' });
    expect(toSearchQuery(parse('tag=accueil&sort=bravos'))).toEqual({
      tag: 'accueil',
      sort: 'bravos',
    });
    expect(searchHref({ q: 'caisse rapide', sort: 'relevance' })).toBe('/search?q=caisse+rapide');
    expect(searchHref({ tag: 'accueil' })).toBe('/search?tag=accueil');
  });
});
