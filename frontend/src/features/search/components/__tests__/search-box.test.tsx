import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { SearchBox, SUGGEST_DEBOUNCE_MS } from '@/features/search/components/search-box';
import i18n from '@/lib/i18n';
import { calledUrls, jsonResponse, mockApi, nth, renderWithProviders } from '@/testing/test-utils';

const SUGGESTIONS = [
  { kind: 'title', text: 'Un accueil chaleureux', value: 'Un accueil chaleureux' },
  { kind: 'tag', text: 'accueil', value: 'accueil' },
  { kind: 'shop', text: 'Paris Accueil', value: 'paris-accueil' },
  { kind: 'person', text: 'Lucas Accart', value: 'lucas' },
];

function CurrentLocation() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderBox(route = '/') {
  const fetchMock = mockApi({
    'GET /api/v1/search/suggest': ({ url }) =>
      jsonResponse((url.searchParams.get('q') ?? '').length > 0 ? SUGGESTIONS : []),
  });
  renderWithProviders(
    <>
      <SearchBox />
      <CurrentLocation />
    </>,
    { route },
  );
  const input = screen.getByTestId('search-input');
  const suggestUrls = () =>
    calledUrls(fetchMock).filter((url) => url.startsWith('/api/v1/search/suggest'));
  return { input, suggestUrls };
}

const location = () => screen.getByTestId('location').textContent;
const options = () => within(screen.getByRole('listbox')).getAllByRole('option');

/** The box with the suggestions for "accueil" open. */
async function suggestionsForAccueil() {
  const { input } = renderBox();
  await userEvent.type(input, 'accueil');
  await screen.findByRole('listbox');
  return input;
}

describe('SearchBox', () => {
  it('suggests titles, tags, shops and people once typing pauses', async () => {
    const { input, suggestUrls } = renderBox();
    expect(screen.getByRole('combobox', { name: 'Rechercher' })).toBe(input);
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await userEvent.type(input, 'accueil');

    const list = await screen.findByRole('listbox', { name: 'Suggestions de recherche' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Un accueil chaleureux Publication',
      '#accueil Mot-clé',
      'Paris Accueil Boutique',
      'Lucas Accart Personne',
    ]);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);
    // Debounced: never a request per keystroke for what was not the final word, nor for one letter.
    expect(suggestUrls().at(-1)).toBe('/api/v1/search/suggest?q=accueil&limit=5');
    expect(suggestUrls()).not.toContain('/api/v1/search/suggest?q=a&limit=5');
    expect(location()).toBe('/');
  });

  it('is a search landmark with a name of its own, apart from a screen’s own search', () => {
    renderBox();

    expect(screen.getByRole('search', { name: 'Rechercher dans Bravo' })).toContainElement(
      screen.getByRole('combobox', { name: 'Rechercher' }),
    );
  });

  it('searches the typed text with Enter when no suggestion is chosen', async () => {
    const { input } = renderBox();

    await userEvent.type(input, 'caisse rapide');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Enter}');

    expect(location()).toBe('/search?q=caisse+rapide');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('moves through suggestions with the arrows and searches a title with Enter', async () => {
    const input = await suggestionsForAccueil();
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', nth(options(), 1).id);
    expect(nth(options(), 1)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', nth(options(), 0).id);

    await userEvent.keyboard('{Enter}');

    expect(location()).toBe('/search?q=Un+accueil+chaleureux');
    expect(input).toHaveValue('Un accueil chaleureux');
  });

  it('searches with the tag filter for a tag suggestion', async () => {
    const input = await suggestionsForAccueil();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(location()).toBe('/search?tag=accueil');
    expect(input).toHaveValue('');
  });

  it('opens the shop’s page and the person’s profile', async () => {
    const input = await suggestionsForAccueil();

    // Up from the field wraps to the last option (the person), then the one above (the shop).
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    expect(location()).toBe('/shops/paris-accueil');

    await userEvent.type(input, 'lucas');
    await userEvent.click(await screen.findByRole('option', { name: 'Lucas Accart Personne' }));

    expect(location()).toBe('/people/lucas');
  });

  it('closes the suggestions with Escape and keeps the text', async () => {
    const input = await suggestionsForAccueil();

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('accueil');
    expect(location()).toBe('/');
  });

  it('shows the query of the results page and searches it again from the button', async () => {
    await i18n.changeLanguage('en');
    const { input } = renderBox('/search?q=caisse&kind=idea');

    expect(input).toHaveValue('caisse');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => {
      expect(location()).toBe('/search?q=caisse');
    });
  });

  it('asks for suggestions of the words on the results page only once the field is used', async () => {
    const { input, suggestUrls } = renderBox('/search?q=caisse');

    expect(input).toHaveValue('caisse');
    // Well past the debounce: nothing was asked for the words nobody typed.
    await new Promise((resolve) => setTimeout(resolve, SUGGEST_DEBOUNCE_MS * 3));
    expect(suggestUrls()).toEqual([]);

    await userEvent.click(input);
    await screen.findByRole('listbox');
    expect(suggestUrls()).toEqual(['/api/v1/search/suggest?q=caisse&limit=5']);
  });
});
