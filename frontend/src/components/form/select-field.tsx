import type { ReactNode } from 'react';
import { Field } from '@/components/form/field';
import type { FieldProps } from '@/components/form/field';

export interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  /** The chosen option's value; '' for none. */
  value: string | number;
  onChange: (value: string) => void;
  /** The first option, standing for no choice ("No category", "All shops"). */
  noneLabel: string;
  options: readonly { value: string | number; label: string }[];
  disabled?: boolean;
  testId: string;
  /** Options after the list, such as one the list does not hold (yet). */
  children?: ReactNode;
}

/** A labelled list to pick one of, or none. */
export function SelectField({
  value,
  onChange,
  noneLabel,
  options,
  disabled,
  testId,
  children,
  ...field
}: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          disabled={disabled}
          data-testid={testId}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">{noneLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}
