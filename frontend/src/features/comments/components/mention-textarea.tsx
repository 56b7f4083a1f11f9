import { useId, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SuggestionList } from '@/components/ui/suggestion-list';
import { useSelectionAfterEdit } from '@/hooks/use-selection-after-edit';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useSuggestionNavigation } from '@/hooks/use-suggestion-navigation';
import { replaceRange } from '@/lib/markdown-editing';
import { usePeopleSearch } from '@/features/comments/api/search-people';
import { mentionAt } from '@/features/comments/utils/mention-token';

export interface MentionTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  placeholder?: string;
  maxLength?: number;
  autoFocus?: boolean | undefined;
  describedBy?: string | undefined;
  /** The server refused the text (see `describedBy` for why). */
  invalid?: boolean;
  /** Ctrl/⌘+Enter, the usual "send" shortcut of comment boxes. */
  onSubmitShortcut?: () => void;
  testId?: string;
}

/** Typing `@ca` suggests people; arrows + Enter (or a tap) insert `@username`. */
export function MentionTextarea({
  id,
  value,
  onChange,
  textareaRef,
  placeholder,
  maxLength,
  autoFocus,
  describedBy,
  invalid = false,
  onSubmitShortcut,
  testId,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [caret, setCaret] = useState(value.length);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const selectAfterEdit = useSelectionAfterEdit(textareaRef);
  const token = mentionAt(value, caret);
  const query = useDebouncedValue(token?.query ?? '', 150);
  const people = usePeopleSearch(query);
  const suggestions = token ? (people.data ?? []) : [];
  const shown = token !== null && suggestions.length > 0 && dismissedAt !== token.start;

  function pick(index: number) {
    const person = suggestions[index];
    if (!person || !token) return;
    const edit = replaceRange(value, token.start, caret, `@${person.username} `);
    selectAfterEdit(edit);
    onChange(edit.value);
    setCaret(edit.selectionStart);
  }

  const navigation = useSuggestionNavigation(shown ? suggestions.length : 0, pick, () => {
    setDismissedAt(token?.start ?? null);
  });

  const trackCaret = (event: { currentTarget: HTMLTextAreaElement }) => {
    setCaret(event.currentTarget.selectionStart);
  };

  return (
    <div className="autocomplete">
      <textarea
        ref={textareaRef}
        id={id}
        className="input textarea"
        rows={3}
        value={value}
        placeholder={placeholder}
        maxLength={maxLength}
        // Only set when the user just asked to reply or edit, never on page load.
        autoFocus={autoFocus}
        {...navigation.fieldAria(listId, shown)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
        }}
        onSelect={trackCaret}
        onClick={trackCaret}
        onBlur={() => {
          setDismissedAt(token?.start ?? null);
        }}
        onFocus={() => {
          setDismissedAt(null);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
          if (navigation.handleKeyDown(event)) return;
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
            event.preventDefault();
            onSubmitShortcut();
          }
        }}
      />
      {shown ? (
        <SuggestionList
          id={listId}
          label={t('comments.mentionSuggestions')}
          items={suggestions}
          activeIndex={navigation.activeIndex}
          getKey={(person) => person.username}
          testId="mention-suggestions"
          renderItem={(person) => (
            <>
              <span>{person.displayName}</span>
              <span className="suggestions__meta">
                @{person.username}
                {person.shop ? ` · ${person.shop}` : ''}
              </span>
            </>
          )}
          onPick={(person) => {
            pick(suggestions.indexOf(person));
          }}
        />
      ) : null}
    </div>
  );
}
