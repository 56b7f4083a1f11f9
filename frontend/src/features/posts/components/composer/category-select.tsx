import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '@/features/posts/api/get-categories';
import { FieldError } from '@/components/form/field-error';
import type { FieldErrorCode } from '@/lib/field-errors';

export interface CategorySelectProps {
  value: number | null;
  onChange: (value: number | null) => void;
  error: FieldErrorCode | undefined;
}

export function CategorySelect({ value, onChange, error }: CategorySelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const categories = useCategories();

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('composer.category')}
      </label>
      <select
        id={id}
        className="input"
        value={value ?? ''}
        disabled={categories.isPending}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid="composer-category"
        onChange={(event) => {
          onChange(event.target.value ? Number(event.target.value) : null);
        }}
      >
        <option value="">{t('composer.noCategory')}</option>
        {categories.data?.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      {categories.isError ? (
        <p className="field__hint">{t('composer.categoriesUnavailable')}</p>
      ) : null}
      <FieldError id={errorId} code={error} />
    </div>
  );
}
