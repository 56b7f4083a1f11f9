import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';

export interface ShopSearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** Narrows a list of shops as one types: the directory and the shop picker filter the same way. */
export function ShopSearchField({ value, onChange }: ShopSearchFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('shops.search')}>
      {(control) => (
        <input
          {...control}
          type="search"
          className="input"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
