import { useTranslation } from 'react-i18next';
import { useCategories } from '@/features/posts/api/get-categories';
import { Field } from '@/components/form/field';
import type { FieldErrorCode } from '@/lib/field-errors';

export interface CategorySelectProps {
  value: number | null;
  onChange: (value: number | null) => void;
  error: FieldErrorCode | undefined;
}

export function CategorySelect({ value, onChange, error }: CategorySelectProps) {
  const { t } = useTranslation();
  const categories = useCategories();

  return (
    <Field
      label={t('composer.category')}
      hint={categories.isError ? t('composer.categoriesUnavailable') : undefined}
      error={error}
    >
      {(control) => (
        <select
          {...control}
          className="input"
          value={value ?? ''}
          disabled={categories.isPending}
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
      )}
    </Field>
  );
}
