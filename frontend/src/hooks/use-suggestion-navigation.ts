import { useState } from 'react';
import type { KeyboardEvent } from 'react';

/** id of the option at `index`, for the field's aria-activedescendant. */
export function suggestionOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/**
 * Keyboard handling of an autocomplete list whose focus stays in the text field (ARIA combobox
 * pattern): arrows move the active option, Enter picks it, Escape dismisses the list.
 */
export function useSuggestionNavigation(
  count: number,
  onPick: (index: number) => void,
  onDismiss: () => void,
  {
    /** false when Enter must keep its own meaning (e.g. "add what I typed") until an arrow key. */
    autoSelectFirst = true,
  }: { autoSelectFirst?: boolean } = {},
) {
  const initial = autoSelectFirst ? 0 : -1;
  const [active, setActive] = useState(initial);
  // Clamped on read rather than reset in an effect: the list shrinks as the user types.
  const activeIndex = count === 0 ? -1 : Math.min(active, count - 1);

  /** Returns true when the key was consumed by the list. */
  function handleKeyDown(event: KeyboardEvent<HTMLElement>): boolean {
    if (count === 0) return false;
    switch (event.key) {
      case 'ArrowDown':
        setActive(activeIndex + 1 >= count ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Enter':
        if (activeIndex < 0) return false;
        onPick(activeIndex);
        setActive(initial);
        break;
      case 'Escape':
        onDismiss();
        setActive(initial);
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  }

  /** What the text field says of the list: that it completes, which list, which option is active. */
  function fieldAria(listId: string, shown: boolean) {
    return {
      'aria-autocomplete': 'list' as const,
      'aria-controls': shown ? listId : undefined,
      'aria-activedescendant':
        shown && activeIndex >= 0 ? suggestionOptionId(listId, activeIndex) : undefined,
    };
  }

  return { activeIndex, setActiveIndex: setActive, handleKeyDown, fieldAria };
}
