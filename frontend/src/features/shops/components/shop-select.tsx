import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
import { useShops } from '@/features/shops/api/get-shops';

export interface ShopSelectProps {
  /** A shop code, or undefined for every shop. */
  value: string | undefined;
  onChange: (shop: string | undefined) => void;
}

/** A filter on one shop, e.g. for the films gallery; closed shops stay listed, they have films. */
export function ShopSelect({ value, onChange }: ShopSelectProps) {
  const { t, i18n } = useTranslation();
  const shops = useShops();
  const options = [...(shops.data ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, i18n.language),
  );
  return (
    <Field label={t('shops.filterLabel')} className="shop-select">
      {(control) => (
        <select
          {...control}
          className="input"
          value={value ?? ''}
          data-testid="shop-select"
          disabled={shops.isPending}
          onChange={(event) => {
            onChange(event.target.value || undefined);
          }}
        >
          <option value="">{t('shops.allShops')}</option>
          {options.map((shop) => (
            <option key={shop.code} value={shop.code}>
              {shop.name}
            </option>
          ))}
          {/* A shop from a shared link that the list does not (or not yet) have. */}
          {value && !options.some((shop) => shop.code === value) ? (
            <option value={value}>{value}</option>
          ) : null}
        </select>
      )}
    </Field>
  );
}
