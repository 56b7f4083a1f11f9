import { useTranslation } from 'react-i18next';
import { useCategories } from '@/features/posts/api/get-categories';
import { SelectField } from '@/components/form/select-field';
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
    <SelectField
      label={t('composer.category')}
      hint={categories.isError ? t('composer.categoriesUnavailable') : undefined}
      error={error}
      value={value ?? ''}
      disabled={categories.isPending}
      testId="composer-category"
      noneLabel={t('composer.noCategory')}
      options={(categories.data ?? []).map((category) => ({
        value: category.id,
        label: category.name,
      }))}
      onChange={(chosen) => {
        onChange(chosen ? Number(chosen) : null);
      }}
    />
  );
}
