import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
import { Button } from '@/components/ui/button';
import { MarkdownToolbar } from '@/components/ui/markdown-toolbar';
import { useDescribeError } from '@/lib/error-messages';
import { fieldErrorsOf } from '@/lib/field-errors';
import { MentionTextarea } from '@/features/comments/components/mention-textarea';

export const MAX_COMMENT_LENGTH = 5000;

export interface CommentComposerProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  pending: boolean;
  error: unknown;
  /** `done` clears the field; call it once the server accepted the comment. */
  onSubmit: (body: string, done: () => void) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  testId: string;
}

export function CommentComposer({
  label,
  submitLabel,
  initialBody = '',
  pending,
  error,
  onSubmit,
  onCancel,
  autoFocus,
  testId,
}: CommentComposerProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const id = useId();
  const errorId = `${id}-error`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(initialBody);
  const empty = body.trim() === '';
  // The text is the form's only field: its error says all there is to fix, so the generic
  // "some information is invalid" would only repeat it less precisely.
  const bodyError = fieldErrorsOf(error).body;

  function submit() {
    if (empty || pending) return;
    onSubmit(body, () => {
      setBody('');
    });
  }

  return (
    <form
      className="comment-composer"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <MarkdownToolbar textareaRef={textareaRef} value={body} onChange={setBody} />
      <MentionTextarea
        id={id}
        value={body}
        onChange={setBody}
        textareaRef={textareaRef}
        placeholder={label}
        maxLength={MAX_COMMENT_LENGTH}
        autoFocus={autoFocus}
        invalid={bodyError !== undefined}
        describedBy={error ? errorId : undefined}
        onSubmitShortcut={submit}
        testId={`${testId}-input`}
      />
      {bodyError ? (
        <div role="alert">
          <FieldError id={errorId} code={bodyError} />
        </div>
      ) : error ? (
        <p id={errorId} className="inline-error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      <div className="comment-composer__actions">
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="submit" disabled={empty || pending} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
