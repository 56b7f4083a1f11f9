import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
import type { FieldErrors } from '@/lib/field-errors';

import type { ShopFieldName, ShopFieldValues } from '@/features/admin/utils/shop-form';

export interface ShopFieldsProps {
  values: ShopFieldValues;
  onChange: (values: ShopFieldValues) => void;
  /** The code is chosen once: it is in every shop address. */
  withCode: boolean;
  errors: FieldErrors;
}

/** The inputs of a shop, shared by the creation and the edit forms. */
export function ShopFields({ values, onChange, withCode, errors }: ShopFieldsProps) {
  const { t } = useTranslation();
  const names: readonly ShopFieldName[] = withCode
    ? ['code', 'name', 'city', 'region']
    : ['name', 'city', 'region'];

  return (
    <div className="search-facets__date-fields">
      {names.map((name) => (
        <Field
          key={name}
          label={t(`admin.shops.fields.${name}`)}
          hint={name === 'code' ? t('admin.shops.codeHint') : null}
          error={errors[name]}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={values[name]}
              required
              pattern={name === 'code' ? '[a-z0-9-]{2,64}' : undefined}
              data-testid={`shop-${name}`}
              onChange={(event) => {
                onChange({ ...values, [name]: event.target.value });
              }}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
