import { useId } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
import { MAX_TITLE_LENGTH } from '@/features/posts/utils/composer-values';
import type { FieldErrorCode } from '@/lib/field-errors';

export interface TitleFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: FieldErrorCode | undefined;
  inputRef: Ref<HTMLInputElement>;
}

export function TitleField({ value, onChange, error, inputRef }: TitleFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <div className="field__top">
        <label htmlFor={id} className="field__label">
          {t('composer.title')}
        </label>
        <span id={counterId} className="field__counter" data-testid="title-counter">
          {t('composer.counter', { length: value.length, max: MAX_TITLE_LENGTH })}
        </span>
      </div>
      <input
        ref={inputRef}
        id={id}
        className="input"
        value={value}
        maxLength={MAX_TITLE_LENGTH}
        required
        autoComplete="off"
        enterKeyHint="next"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${counterId}` : counterId}
        data-testid="composer-title"
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <FieldError id={errorId} code={error} />
    </div>
  );
}
