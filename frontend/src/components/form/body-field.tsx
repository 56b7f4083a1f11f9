import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { MarkdownToolbar } from '@/components/ui/markdown-toolbar';
import { FieldError } from '@/components/form/field-error';
import type { FieldErrorCode } from '@/lib/field-errors';

export interface BodyFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: FieldErrorCode | undefined;
  /** Characters the server accepts for this text. */
  maxLength: number;
  /** Defaults to the composer's "Text" label. */
  label?: string;
}

export function BodyField({ value, onChange, error, maxLength, label }: BodyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState(false);

  return (
    <div className="field">
      <div className="field__top">
        <label htmlFor={id} className="field__label">
          {label ?? t('composer.body')}
        </label>
        <button
          type="button"
          className="link-button"
          aria-pressed={preview}
          data-testid="composer-preview-toggle"
          onClick={() => {
            setPreview((value) => !value);
          }}
        >
          {preview ? t('composer.edit') : t('composer.preview')}
        </button>
      </div>
      {preview ? (
        <MarkdownPreview source={value} emptyText={t('composer.previewEmpty')} />
      ) : (
        <>
          <MarkdownToolbar textareaRef={textareaRef} value={value} onChange={onChange} />
          <textarea
            ref={textareaRef}
            id={id}
            className="input textarea textarea--tall"
            value={value}
            maxLength={maxLength}
            rows={8}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            data-testid="composer-body"
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
        </>
      )}
      <p id={hintId} className="field__hint">
        {t('composer.bodyHint')}
      </p>
      <FieldError id={errorId} code={error} />
    </div>
  );
}
