import { useId } from 'react';
import type { ReactNode } from 'react';
import { FieldError } from '@/components/form/field-error';
import type { FieldErrorCode } from '@/lib/field-errors';

/** What the control needs so that its label, hint and error are read out with it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  /** A stable id for the control; a generated one otherwise. */
  id?: string | undefined;
  hint?: ReactNode;
  /**
   * Whether the hint is read out with the control, for a hint the field cannot be filled in
   * without (a limit, what the reader will see); a plain explanation stays next to it only.
   */
  describeHint?: boolean;
  error?: FieldErrorCode | undefined;
  /** Wording of its own for the error, instead of the shared one for its code. */
  errorMessage?: string | undefined;
  errorTestId?: string | undefined;
  /** Classes besides `field`, for where the field stands in its form. */
  className?: string | undefined;
  /** The input, select or textarea, given the props that tie it to the rest. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control, with its hint and its error underneath. */
export function Field({
  label,
  id,
  hint,
  describeHint = false,
  error,
  errorMessage,
  errorTestId,
  className,
  children,
}: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint && describeHint ? hintId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId} className="field__label">
        {label}
      </label>
      {children({
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <p id={describeHint ? hintId : undefined} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error && errorMessage ? (
        <p id={errorId} className="field-error" data-testid={errorTestId}>
          {errorMessage}
        </p>
      ) : (
        <FieldError id={errorId} code={error} />
      )}
    </div>
  );
}
