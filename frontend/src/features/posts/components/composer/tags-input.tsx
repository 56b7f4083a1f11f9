import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuggestionList } from '@/components/ui/suggestion-list';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useSuggestionNavigation } from '@/hooks/use-suggestion-navigation';
import { useTagSuggestions } from '@/features/posts/api/get-tags';
import { FieldError } from '@/components/form/field-error';
import type { FieldErrorCode } from '@/lib/field-errors';
import {
  addTag,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normalizeTag,
} from '@/features/posts/utils/normalize-tag';

export interface TagsInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  error: FieldErrorCode | undefined;
}

export function TagsInput({ tags, onChange, error }: TagsInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [localError, setLocalError] = useState<FieldErrorCode | undefined>();
  const query = normalizeTag(useDebouncedValue(text, 200));
  const suggestionsQuery = useTagSuggestions(query);
  const suggestions = (suggestionsQuery.data ?? []).filter((item) => !tags.includes(item.tag));
  const full = tags.length >= MAX_TAGS;
  const shown = open && text.trim() !== '' && suggestions.length > 0;
  const shownError = localError ?? error;

  /** Adds each raw tag in turn; returns what could not be added (kept in the field). */
  function add(raws: readonly string[]): string {
    let next = tags;
    for (const raw of raws) {
      const tag = normalizeTag(raw);
      if (!tag) continue;
      if (tag.length > MAX_TAG_LENGTH) {
        setLocalError('TOO_LONG');
        return raw;
      }
      if (next.length >= MAX_TAGS) {
        setLocalError('TOO_MANY');
        return raw;
      }
      next = addTag(next, tag);
    }
    setLocalError(undefined);
    if (next.length !== tags.length) onChange(next);
    return '';
  }

  const navigation = useSuggestionNavigation(
    shown ? suggestions.length : 0,
    (index) => {
      const picked = suggestions[index];
      if (picked) setText(add([picked.tag]));
    },
    () => {
      setOpen(false);
    },
    { autoSelectFirst: false },
  );

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('composer.tags')}
      </label>
      {tags.length > 0 ? (
        <ul className="chips" aria-label={t('composer.tagsChosen')}>
          {tags.map((tag) => (
            <li key={tag} className="chip chip--removable" data-testid="composer-tag">
              #{tag}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('composer.removeTag', { tag })}
                onClick={() => {
                  onChange(tags.filter((other) => other !== tag));
                  setLocalError(undefined);
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="autocomplete">
        <input
          id={id}
          className="input"
          value={text}
          disabled={full}
          autoComplete="off"
          enterKeyHint="enter"
          placeholder={
            full ? t('composer.tagsFull', { max: MAX_TAGS }) : t('composer.tagsPlaceholder')
          }
          role="combobox"
          {...navigation.fieldAria(listId, shown)}
          aria-expanded={shown}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${errorId} ${hintId}` : hintId}
          data-testid="composer-tags-input"
          onChange={(event) => {
            const parts = event.target.value.split(',');
            // A comma (typed or pasted) commits everything before it.
            const rest = parts.pop() ?? '';
            const kept = parts.length > 0 ? add(parts) : '';
            setText(kept ? `${kept},${rest}` : rest);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
          }}
          onKeyDown={(event) => {
            if (navigation.handleKeyDown(event)) return;
            if (event.key === 'Enter') {
              event.preventDefault();
              setText(add([text]));
            } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
              onChange(tags.slice(0, -1));
            }
          }}
        />
        {shown ? (
          <SuggestionList
            id={listId}
            label={t('composer.tagSuggestions')}
            items={suggestions}
            activeIndex={navigation.activeIndex}
            getKey={(item) => item.tag}
            renderItem={(item) => (
              <>
                <span>#{item.tag}</span>
                <span className="suggestions__meta">{item.count}</span>
              </>
            )}
            onPick={(item) => {
              setText(add([item.tag]));
            }}
          />
        ) : null}
      </div>
      <p id={hintId} className="field__hint">
        {t('composer.tagsHint', { max: MAX_TAGS })}
      </p>
      <FieldError id={errorId} code={shownError} />
    </div>
  );
}
