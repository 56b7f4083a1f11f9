import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
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
  const prefix = useId();
  const names: readonly ShopFieldName[] = withCode
    ? ['code', 'name', 'city', 'region']
    : ['name', 'city', 'region'];

  return (
    <div className="search-facets__date-fields">
      {names.map((name) => {
        const id = `${prefix}-${name}`;
        const error = errors[name];
        return (
          <div key={name} className="field">
            <label htmlFor={id} className="field__label">
              {t(`admin.shops.fields.${name}`)}
            </label>
            <input
              id={id}
              className="input"
              value={values[name]}
              required
              pattern={name === 'code' ? '[a-z0-9-]{2,64}' : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              data-testid={`shop-${name}`}
              onChange={(event) => {
                onChange({ ...values, [name]: event.target.value });
              }}
            />
            {name === 'code' ? <p className="field__hint">{t('admin.shops.codeHint')}</p> : null}
            <FieldError id={`${id}-error`} code={error} />
          </div>
        );
      })}
    </div>
  );
}
