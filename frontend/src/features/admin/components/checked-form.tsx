import type { ReactNode } from 'react';

export interface CheckedFormProps {
  className: string;
  testId: string;
  /** Called instead of the browser's own sending, which would reload the page. */
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * A back-office form that checks its fields itself: their errors show under them, in Bravo's
 * words and both languages, rather than in the browser's bubbles.
 */
export function CheckedForm({ className, testId, onSubmit, children }: CheckedFormProps) {
  return (
    <form
      className={className}
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
