import type { ReactNode } from 'react';
import { suggestionOptionId } from '@/hooks/use-suggestion-navigation';

export interface SuggestionListProps<T> {
  id: string;
  items: readonly T[];
  activeIndex: number;
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onPick: (item: T) => void;
  label: string;
  testId?: string;
}

/** The popup of an autocomplete field; focus stays in the field (see useSuggestionNavigation). */
export function SuggestionList<T>({
  id,
  items,
  activeIndex,
  getKey,
  renderItem,
  onPick,
  label,
  testId,
}: SuggestionListProps<T>) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="suggestions" data-testid={testId}>
      {items.map((item, index) => (
        <li
          key={getKey(item)}
          id={suggestionOptionId(id, index)}
          role="option"
          aria-selected={index === activeIndex}
          className="suggestions__option"
          // mousedown, not click: the field would lose focus (and close the list) before a click.
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(item);
          }}
        >
          {renderItem(item)}
        </li>
      ))}
    </ul>
  );
}
