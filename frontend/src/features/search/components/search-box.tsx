import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate, useSearchParams } from 'react-router';
import type { Suggestion, SuggestionKind } from '@/api-types/search';
import { Icon } from '@/components/ui/icon';
import { SuggestionList } from '@/components/ui/suggestion-list';
import { paths } from '@/config/paths';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useSuggestionNavigation } from '@/hooks/use-suggestion-navigation';
import { SUGGESTION_MIN_LENGTH, useSuggestions } from '@/features/search/api/get-suggestions';
import { MAX_QUERY_LENGTH, searchHref } from '@/features/search/utils/search-filters';

/** Long enough to skip the requests of a word typed in one go, short enough to feel instant. */
export const SUGGEST_DEBOUNCE_MS = 150;

const SUGGESTION_KINDS: readonly SuggestionKind[] = ['title', 'tag', 'shop', 'person'];

/** Known kinds only (a newer server may add some), each suggestion once. */
function usableSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((suggestion) => {
    const key = `${suggestion.kind}:${suggestion.value}`;
    if (!SUGGESTION_KINDS.includes(suggestion.kind) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The header's search field (ARIA combobox): suggestions as one types; arrows and Enter pick one,
 * Enter alone searches the text. Titles and tags lead to the results, shops and people to their page.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [params] = useSearchParams();
  const onResultsPage = useMatch(paths.search.path) !== null;
  // On the results page the field shows the query being looked at; elsewhere it starts empty.
  const urlQuery = onResultsPage ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(urlQuery);
  const [shownQuery, setShownQuery] = useState(urlQuery);
  if (shownQuery !== urlQuery) {
    // Adjusted while rendering rather than in an effect: the field never shows a stale query.
    setShownQuery(urlQuery);
    setText(urlQuery);
  }
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // Arriving on the search page with nothing searched yet (the phones' search tab): the field is
  // ready to type in, keyboard up.
  useEffect(() => {
    if (onResultsPage && !urlQuery) inputRef.current?.focus();
  }, [onResultsPage, urlQuery]);

  const typed = text.trim();
  const debounced = useDebouncedValue(typed, SUGGEST_DEBOUNCE_MS);
  // Asked for only while the field is in use: on the results page it holds the words searched,
  // which nobody is typing (and opening the page must not cost a second request).
  const suggestionsQuery = useSuggestions(open ? debounced : '');
  const suggestions =
    typed.length >= SUGGESTION_MIN_LENGTH && debounced.length >= SUGGESTION_MIN_LENGTH
      ? usableSuggestions(suggestionsQuery.data ?? [])
      : [];
  const shown = open && suggestions.length > 0;

  function go(href: string) {
    setOpen(false);
    void navigate(href);
  }

  function pick(index: number) {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    switch (suggestion.kind) {
      case 'title':
        setText(suggestion.value);
        go(searchHref({ q: suggestion.value }));
        break;
      case 'tag':
        // The typed letters were only the start of the tag: the filter replaces them.
        setText('');
        go(searchHref({ tag: suggestion.value }));
        break;
      case 'shop':
        setText('');
        go(paths.shop.getHref(suggestion.value));
        break;
      case 'person':
        setText('');
        go(paths.person.getHref(suggestion.value));
        break;
    }
  }

  // Enter keeps meaning "search what I typed" until an arrow key picks a suggestion.
  const navigation = useSuggestionNavigation(
    shown ? suggestions.length : 0,
    pick,
    () => {
      setOpen(false);
    },
    { autoSelectFirst: false },
  );

  return (
    <form
      role="search"
      // Named so that a screen with a search of its own (the people list) keeps two landmarks apart.
      aria-label={t('search.box.landmark')}
      className="search-box autocomplete"
      onSubmit={(event) => {
        event.preventDefault();
        if (typed) go(searchHref({ q: typed }));
      }}
      data-testid="search-box"
    >
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        className="search-input"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('search.box.placeholder')}
        aria-label={t('search.box.label')}
        {...navigation.fieldAria(listId, shown)}
        aria-expanded={shown}
        autoComplete="off"
        enterKeyHint="search"
        data-testid="search-input"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          navigation.setActiveIndex(-1);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={(event) => {
          navigation.handleKeyDown(event);
        }}
      />
      <button
        type="submit"
        className="search-box__submit"
        aria-label={t('search.box.submit')}
        data-testid="search-submit"
      >
        <Icon name="search" />
      </button>
      {shown ? (
        <SuggestionList
          id={listId}
          label={t('search.box.suggestions')}
          items={suggestions}
          activeIndex={navigation.activeIndex}
          getKey={(suggestion) => `${suggestion.kind}:${suggestion.value}`}
          testId="search-suggestions"
          renderItem={(suggestion) => (
            <>
              <span className="suggestions__text">
                {suggestion.kind === 'tag' ? `#${suggestion.text}` : suggestion.text}
              </span>{' '}
              <span className="suggestions__meta">
                {t(`search.suggestionKind.${suggestion.kind}`)}
              </span>
            </>
          )}
          onPick={(suggestion) => {
            pick(suggestions.indexOf(suggestion));
          }}
        />
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {shown ? t('search.box.suggestionCount', { count: suggestions.length }) : ''}
      </span>
    </form>
  );
}
