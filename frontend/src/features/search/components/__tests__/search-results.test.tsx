import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SearchResults } from '@/features/search/components/search-results';
import i18n from '@/lib/i18n';
import { searchHit, searchPage } from '@/testing/fixtures';
import {
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

function CurrentLocation() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderResults(route: string, search: ApiHandler | object) {
  const fetchMock = mockApi({ 'GET /api/v1/search': search });
  renderWithProviders(
    <>
      <SearchResults />
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
    expect(within(practice).getByRole('link', { name: 'Lucas Bernard' })).toHaveAttribute(
      'href',
      '/people/lucas',
    );
    expect(within(practice).getByRole('link', { name: 'Paris Opéra' })).toHaveAttribute(
      'href',
      '/shops/paris-opera',
    );
    expect(within(practice).getByRole('link', { name: '#vitrine' })).toHaveAttribute(
      'href',
      '/search?q=accueil&tag=vitrine',
    );
    expect(within(practice).getByTestId('search-hit-meta')).toHaveTextContent('20 nov. 2026');
    expect(within(practice).getByTestId('search-hit-bravos')).toHaveTextContent('3 bravos');
    expect(within(idea).getByTestId('search-hit-status')).toHaveTextContent('À l’étude');
    expect(within(idea).queryByTestId('search-hit-snippet')).not.toBeInTheDocument();

    const kinds = screen.getByTestId('search-facet-kind');
    expect(within(kinds).getByRole('heading')).toHaveTextContent('Type');
    expect(
      within(kinds)
        .getAllByRole('button')
        .map((chip) => chip.getAttribute('aria-label')),
    ).toEqual(['Pratiques : 1 résultat', 'Idées : 1 résultat']);
    // Shops and people by name, as the hits spell them.
    expect(screen.getByTestId('search-facet-shop-lille-centre')).toHaveTextContent('Lille Centre1');
    expect(screen.getByTestId('search-facet-author-nadia')).toHaveTextContent('Nadia Roux1');
    expect(screen.getByTestId('search-facet-tag-accueil')).toHaveTextContent('#accueil2');
    // Posts are the only type indexed: a type filter would filter nothing.
    expect(screen.queryByTestId('search-facet-type')).not.toBeInTheDocument();
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
    let calls = 0;
    renderResults('/search?q=accueil', () => {
      calls += 1;
      return calls === 1
        ? problemResponse({ status: 503, code: 'SEARCH_UNAVAILABLE' })
        : jsonResponse(RESULTS);
    });

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
