import type { ReactNode } from 'react';

export interface ChoiceGroupProps<T extends string> {
  /** Read out for the group: what the choice is about. */
  label: string;
  options: readonly T[];
  /** The pressed option; undefined when none is. */
  selected: T | undefined;
  optionLabel: (option: T) => string;
  /** Each option's test id is this prefix, a dash and the option. */
  testIdPrefix: string;
  onSelect: (option: T) => void;
  /** `segmented` (one of a few, always one) or `chips` (a filter one may also lift). */
  className?: string;
  optionClassName?: string;
  /** Shown after the options, inside the group. */
  children?: ReactNode;
}

/** A row of toggle buttons: the one pressed is the current choice, announced as pressed. */
export function ChoiceGroup<T extends string>({
  label,
  options,
  selected,
  optionLabel,
  testIdPrefix,
  onSelect,
  className = 'segmented',
  optionClassName = 'segmented__option',
  children,
}: ChoiceGroupProps<T>) {
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className={optionClassName}
          aria-pressed={selected === option}
          data-testid={`${testIdPrefix}-${option}`}
          onClick={() => {
            onSelect(option);
          }}
        >
          {optionLabel(option)}
        </button>
      ))}
      {children}
    </div>
  );
}
