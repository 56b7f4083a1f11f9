import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ShopRef } from '@/api-types/shops';
import { SearchResults } from '@/features/search/components/search-results';
import i18n from '@/lib/i18n';
import { searchHit, searchPage } from '@/testing/fixtures';
import { expectLinkTo } from '@/testing/assertions';
import {
  answerFirstThen,
  calledUrls,
  jsonResponse,
  mockApi,
  nth,
  problemResponse,
  renderWithProviders,
} from '@/testing/test-utils';
import type { ApiHandler } from '@/testing/test-utils';

const FACETS = {
  type: [{ value: 'post', count: 2 }],
  kind: [
    { value: 'practice', count: 1 },
    { value: 'idea', count: 1 },
  ],
  shop: [
    { value: 'paris-opera', count: 1 },
    { value: 'lille-centre', count: 1 },
  ],
  tag: [
    { value: 'accueil', count: 2 },
    { value: 'vitrine', count: 1 },
  ],
  author: [
    { value: 'lucas', count: 1 },
    { value: 'nadia', count: 1 },
  ],
};

const RESULTS = searchPage({
  items: [
    searchHit(),
    searchHit({
      id: '43',
      kind: 'idea',
      status: 'under_review',
      title: 'Accueil le samedi',
      titleHtml: '<mark>Accueil</mark> le samedi',
      snippetHtml: null,
      tags: [],
      shop: 'lille-centre',
      shopName: 'Lille Centre',
      author: 'nadia',
      authorName: 'Nadia Roux',
      bravos: 1,
    }),
  ],
  facets: FACETS,
});

// One of each type, as the index returns them: only posts have a title of their own.
const MIXED = searchPage({
  items: [
    searchHit(),
    searchHit({
      type: 'entry',
      id: '7',
      kind: 'customer_moment',
      title: null,
      titleHtml: null,
      snippetHtml: 'Un client revenu nous dire merci pour l&#x27;<mark>accueil</mark>.',
      tags: [],
      author: 'camille',
      authorName: 'Camille Martin',
    }),
    searchHit({
      type: 'comment',
      id: '12',
      kind: null,
      title: null,
      titleHtml: null,
      snippetHtml: 'Bravo pour cet <mark>accueil</mark> !',
      tags: [],
      shop: 'lyon-confluence',
      shopName: null,
      author: 'nadia',
      authorName: 'Nadia Roux',
      bravos: 1,
      parentType: 'post',
      parentId: '42',
      parentTitle: 'Un accueil chaleureux',
    }),
    searchHit({
      type: 'comment',
      id: '13',
      kind: null,
      title: null,
      titleHtml: null,
      snippetHtml: 'Quel <mark>accueil</mark> !',
      tags: [],
      shopName: null,
      parentType: 'entry',
      parentId: '7',
      parentTitle: null,
    }),
    searchHit({
      type: 'video',
      id: 'film-b',
      title: null,
      titleHtml: null,
      snippetHtml: 'On soigne l&#x27;<mark>accueil</mark> dès la porte',
      shopName: null,
      parentType: 'post',
      parentId: '42',
      parentTitle: 'Un accueil chaleureux',
      startMs: 61_800,
    }),
    searchHit({
      type: 'video',
      id: 'film-c',
      kind: 'experiment',
      title: null,
      titleHtml: null,
      snippetHtml: null,
      tags: [],
      shopName: null,
      parentType: 'entry',
      parentId: '7',
      parentTitle: null,
      startMs: null,
    }),
  ],
  facets: {
    type: [
      { value: 'post', count: 1 },
      { value: 'comment', count: 2 },
      { value: 'entry', count: 1 },
      { value: 'video', count: 2 },
    ],
    kind: [
      { value: 'practice', count: 2 },
      { value: 'customer_moment', count: 1 },
      { value: 'experiment', count: 1 },
      { value: 'survey', count: 1 },
    ],
    shop: [
      { value: 'paris-opera', count: 5 },
      { value: 'lyon-confluence', count: 1 },
      { value: 'marseille-port', count: 1 },
    ],
    tag: [],
    author: [
      { value: 'lucas', count: 4 },
      { value: 'nadia', count: 1 },
      { value: 'camille', count: 1 },
      { value: 'old-account', count: 1 },
    ],
  },
});

const SHOPS: ShopRef[] = [
  { code: 'paris-opera', name: 'Paris Opéra' },
  { code: 'lyon-confluence', name: 'Lyon Confluence' },
];

/** Heading, link target and the badges of the hit shown at `index`. */
function hitAt(index: number) {
  const hit = nth(hits(), index);
  const heading = within(hit).getByRole('heading');
  return {
    hit,
    heading: heading.textContent,
    href: within(heading).queryByRole('link')?.getAttribute('href') ?? null,
    kind: within(hit).queryByTestId('search-hit-kind')?.textContent ?? null,
    moment: within(hit).queryByTestId('search-hit-moment')?.textContent ?? null,
  };
}

// The chips carry no aria-label: their text, count and the hidden word after it, is their name.
const chipLabels = (facet: string) =>
  within(screen.getByTestId(`search-facet-${facet}`))
    .getAllByRole('button')
    .map((chip) => chip.textContent);

function CurrentLocation() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderResults(route: string, search: ApiHandler | object, shops?: ShopRef[]) {
  const fetchMock = mockApi({ 'GET /api/v1/search': search });
  renderWithProviders(
    <>
      <SearchResults shops={shops} />
      <CurrentLocation />
    </>,
    { route },
  );
  const searchUrls = () => calledUrls(fetchMock);
  return { searchUrls };
}

const location = () => screen.getByTestId('location').textContent;
const hits = () => screen.getAllByTestId('search-hit');

describe('SearchResults', () => {
  it('shows highlighted hits with their meta, the count and the facets', async () => {
    const { searchUrls } = renderResults('/search?q=accueil', RESULTS);

    await screen.findByTestId('search-hits');
    expect(searchUrls()).toEqual(['/api/v1/search?q=accueil&size=20']);
    expect(screen.getByTestId('search-total')).toHaveTextContent('2 résultats');

    const [practice, idea] = [nth(hits(), 0), nth(hits(), 1)];
    const link = within(practice).getByTestId('search-hit-link');
    expect(link).toHaveAttribute('href', '/posts/42');
    expect(link).toHaveTextContent('Un accueil chaleureux');
    expect(within(link).getByText('accueil').tagName).toBe('MARK');
    const snippet = within(practice).getByTestId('search-hit-snippet');
    expect(snippet).toHaveTextContent("Dire bonjour à chaque client, dès l'accueil en vitrine.");
    expect(snippet.querySelector('mark')).toHaveTextContent('accueil');
    expect(within(practice).getByTestId('search-hit-kind')).toHaveTextContent('Pratique');
    expectLinkTo(practice, 'Lucas Bernard', '/people/lucas');
    expectLinkTo(practice, 'Paris Opéra', '/shops/paris-opera');
    expectLinkTo(practice, '#vitrine', '/search?q=accueil&tag=vitrine');
    expect(within(practice).getByTestId('search-hit-meta')).toHaveTextContent('20 nov. 2026');
    expect(within(practice).getByTestId('search-hit-bravos')).toHaveTextContent('3 bravos');
    expect(within(idea).getByTestId('search-hit-status')).toHaveTextContent('À l’étude');
    expect(within(idea).queryByTestId('search-hit-snippet')).not.toBeInTheDocument();

    const kinds = screen.getByTestId('search-facet-kind');
    expect(within(kinds).getByRole('heading')).toHaveTextContent('Type');
    expect(
      within(kinds)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Pratiques 1 résultat', 'Idées 1 résultat']);
    // Shops and people by name, as the hits spell them.
    expect(screen.getByTestId('search-facet-shop-lille-centre')).toHaveTextContent(
      'Lille Centre 1 résultat',
    );
    expect(screen.getByTestId('search-facet-author-nadia')).toHaveTextContent(
      'Nadia Roux 1 résultat',
    );
    expect(screen.getByTestId('search-facet-tag-accueil')).toHaveTextContent(
      '#accueil 2 résultats',
    );
    // Only posts matched: a type filter would filter nothing.
    expect(screen.queryByTestId('search-facet-type')).not.toBeInTheDocument();
  });

  it('shows comments, guestbook entries and films, each opening its page where it matched', async () => {
    renderResults('/search?q=accueil', MIXED, SHOPS);
    await screen.findByTestId('search-hits');

    expect(hitAt(0)).toMatchObject({
      heading: 'Un accueil chaleureux',
      href: '/posts/42',
      kind: 'Pratique',
    });

    const entry = hitAt(1);
    expect(entry).toMatchObject({
      heading: 'Livre d’or · Paris Opéra',
      href: '/entries/7',
      kind: 'Moment client',
      moment: null,
    });
    const entrySnippet = within(entry.hit).getByTestId('search-hit-snippet');
    expect(entrySnippet).toHaveTextContent("Un client revenu nous dire merci pour l'accueil.");
    expect(entrySnippet.querySelector('mark')).toHaveTextContent('accueil');

    const onPost = hitAt(2);
    expect(onPost).toMatchObject({
      heading: 'Commentaire sur « Un accueil chaleureux »',
      href: '/posts/42#comment-12',
      kind: null,
    });
    // Comments carry only their page's shop code: the name comes from the shops' list.
    expectLinkTo(onPost.hit, 'Lyon Confluence', '/shops/lyon-confluence');
    expect(within(onPost.hit).getByRole('link', { name: 'Nadia Roux' })).toBeInTheDocument();

    expect(hitAt(3)).toMatchObject({
      heading: 'Commentaire sur une page de livre d’or',
      href: '/entries/7#comment-13',
    });

    const film = hitAt(4);
    expect(film).toMatchObject({
      heading: 'Film · Un accueil chaleureux',
      href: '/posts/42?video=film-b&t=61',
      kind: 'Pratique',
      moment: 'à 1:01',
    });
    expect(within(film.hit).getByTestId('search-hit-snippet')).toHaveTextContent(
      "On soigne l'accueil dès la porte",
    );

    expect(hitAt(5)).toMatchObject({
      heading: 'Film · Livre d’or',
      href: '/entries/7?video=film-c',
      kind: 'Essai',
      moment: null,
    });
  });

  it('names every facet value: content types, entry kinds, shops and people', async () => {
    renderResults('/search?q=accueil', MIXED, SHOPS);
    await screen.findByTestId('search-hits');

    expect(chipLabels('type')).toEqual([
      'Publications 1 résultat',
      'Commentaires 2 résultats',
      'Livres d’or 1 résultat',
      'Films 2 résultats',
    ]);
    // A kind this client does not know yet is shown as it comes.
    expect(chipLabels('kind')).toEqual([
      'Pratiques 2 résultats',
      'Moments clients 1 résultat',
      'Essais 1 résultat',
      'survey 1 résultat',
    ]);
    expect(chipLabels('shop')).toEqual([
      'Paris Opéra 5 résultats',
      'Lyon Confluence 1 résultat',
      'marseille-port 1 résultat',
    ]);
    expect(chipLabels('author')).toEqual([
      'Lucas Bernard 4 résultats',
      'Nadia Roux 1 résultat',
      'Camille Martin 1 résultat',
      'old-account 1 résultat',
    ]);
  });

  it('names shops after the hits while the shops’ list is not there, and in English', async () => {
    await i18n.changeLanguage('en');
    renderResults('/search?q=accueil', MIXED);
    await screen.findByTestId('search-hits');

    expect(hitAt(1).heading).toBe('Guestbook · Paris Opéra');
    expect(hitAt(2).heading).toBe('Comment on “Un accueil chaleureux”');
    expect(hitAt(3).heading).toBe('Comment on a guestbook entry');
    expect(hitAt(4)).toMatchObject({ heading: 'Video · Un accueil chaleureux', moment: 'at 1:01' });
    expect(hitAt(5).heading).toBe('Video · Guestbook entry');
    // Only a comment knows Lyon, by its code.
    expect(within(hitAt(2).hit).getByRole('link', { name: 'lyon-confluence' })).toBeInTheDocument();
    expect(chipLabels('type')).toEqual([
      'Posts 1 result',
      'Comments 2 results',
      'Guestbook entries 1 result',
      'Videos 2 results',
    ]);
    expect(chipLabels('shop')).toEqual([
      'Paris Opéra 5 results',
      'lyon-confluence 1 result',
      'marseille-port 1 result',
    ]);
    expect(chipLabels('kind')).toContain('Customer moments 1 result');
  });

  it('shows a hit of a type this client does not know yet, without a link', async () => {
    renderResults(
      '/search?q=sondage',
      searchPage({
        items: [searchHit({ type: 'poll', id: 'p1', title: 'Sondage', titleHtml: null })],
      }),
    );
    await screen.findByTestId('search-hits');

    expect(hitAt(0)).toMatchObject({ heading: 'Sondage', href: null });
  });

  it('narrows the search with a facet, in the URL, and widens it again', async () => {
    const { searchUrls } = renderResults('/search?q=accueil', RESULTS);
    await screen.findByTestId('search-hits');

    await userEvent.click(screen.getByTestId('search-facet-kind-idea'));

    expect(location()).toBe('/search?q=accueil&kind=idea');
    await waitFor(() => {
      expect(searchUrls().at(-1)).toBe('/api/v1/search?q=accueil&kind=idea&size=20');
    });
    expect(screen.getByTestId('search-facet-kind-idea')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('search-facet-kind-practice')).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // On phones the other facets fold behind this chip, which tells how many filters are on.
    const more = screen.getByTestId('search-more-filters');
    expect(more).toHaveTextContent('1 filtre actif');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');

    await userEvent.click(screen.getByTestId('search-facet-shop-paris-opera'));
    await userEvent.click(screen.getByTestId('search-sort-newest'));
    expect(location()).toBe('/search?q=accueil&kind=idea&shop=paris-opera&sort=newest');
    await waitFor(() => {
      expect(searchUrls().at(-1)).toBe(
        '/api/v1/search?q=accueil&kind=idea&shop=paris-opera&sort=newest&size=20',
      );
    });

    await userEvent.click(screen.getByTestId('search-facet-kind-idea'));
    expect(location()).toBe('/search?q=accueil&shop=paris-opera&sort=newest');
    await userEvent.click(screen.getByTestId('search-clear-filters'));
    expect(location()).toBe('/search?q=accueil&sort=newest');
  });

  it('keeps a chosen tag listed even when spelled differently from the index', async () => {
    renderResults('/search?tag=Accueil', RESULTS);
    await screen.findByTestId('search-hits');

    expect(screen.getByTestId('search-facet-tag-accueil')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByTestId('search-facet-tag-Accueil')).not.toBeInTheDocument();
  });

  it('suggests a corrected query when nothing matched', async () => {
    const { searchUrls } = renderResults('/search?q=acceuil&kind=idea', ({ url }) =>
      jsonResponse(
        url.searchParams.get('q') === 'accueil'
          ? RESULTS
          : searchPage({ items: [], total: 0, didYouMean: 'accueil' }),
      ),
    );

    const empty = await screen.findByTestId('search-empty');
    expect(empty).toHaveTextContent('Aucun résultat pour « acceuil ».');
    expect(empty).toHaveTextContent('Vérifiez l’orthographe');
    expect(screen.getByTestId('search-total')).toHaveTextContent('0 résultat');
    const didYouMean = screen.getByTestId('search-did-you-mean');
    expect(didYouMean).toHaveTextContent('Vouliez-vous dire : accueil');

    await userEvent.click(within(didYouMean).getByRole('link', { name: 'accueil' }));

    expect(location()).toBe('/search?q=accueil&kind=idea');
    expect(await screen.findByTestId('search-hits')).toBeInTheDocument();
    expect(searchUrls().at(-1)).toBe('/api/v1/search?q=accueil&kind=idea&size=20');
  });

  it('says search is away for a moment, that nothing is lost, and retries', async () => {
    renderResults(
      '/search?q=accueil',
      answerFirstThen(
        () => problemResponse({ status: 503, code: 'SEARCH_UNAVAILABLE' }),
        () => jsonResponse(RESULTS),
      ),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La recherche n’a pas abouti');
    expect(alert).toHaveTextContent(
      'La recherche est momentanément indisponible. Rien de ce que vous avez écrit n’est perdu',
    );
    expect(screen.queryByTestId('search-facets')).not.toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByTestId('search-hits')).toBeInTheDocument();
    expect(hits()).toHaveLength(2);
  });

  it('draws the hits of the first screens, then the rest of the page before asking for the next', async () => {
    const many = Array.from({ length: 14 }, (_, index) =>
      searchHit({ id: String(index + 1), titleHtml: `Pratique ${index + 1}` }),
    );
    const { searchUrls } = renderResults(
      '/search?q=accueil',
      searchPage({ items: many, total: 30, next: 'c2' }),
    );
    await screen.findByTestId('search-hits');
    expect(hits()).toHaveLength(6);

    await userEvent.click(screen.getByTestId('search-load-more'));
    await waitFor(() => {
      expect(hits()).toHaveLength(14);
    });
    expect(searchUrls()).toEqual(['/api/v1/search?q=accueil&size=20']);
  });

  it('loads more results with the cursor', async () => {
    const { searchUrls } = renderResults('/search?q=accueil', ({ url }) =>
      jsonResponse(
        url.searchParams.get('after') === 'c2'
          ? searchPage({ items: [searchHit({ id: '44', titleHtml: 'Troisième' })], total: 3 })
          : { ...RESULTS, total: 3, next: 'c2' },
      ),
    );
    await screen.findByTestId('search-hits');

    await userEvent.click(screen.getByTestId('search-load-more'));

    await waitFor(() => {
      expect(hits()).toHaveLength(3);
    });
    expect(searchUrls()).toEqual([
      '/api/v1/search?q=accueil&size=20',
      '/api/v1/search?q=accueil&after=c2&size=20',
    ]);
    expect(screen.queryByTestId('search-load-more')).not.toBeInTheDocument();
  });

  it('shows skeletons while searching, in English too', async () => {
    await i18n.changeLanguage('en');
    renderResults('/search?q=accueil', () => new Promise<Response>(() => undefined));

    expect(screen.getByTestId('search-loading')).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Searching…');
  });

  it('invites to type something rather than searching for nothing', () => {
    const { searchUrls } = renderResults('/search', RESULTS);

    expect(screen.getByTestId('search-prompt')).toHaveTextContent('Tapez ce que vous cherchez');
    expect(searchUrls()).toEqual([]);
  });
});
