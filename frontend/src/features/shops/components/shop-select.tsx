import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
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
    <SelectField
      label={t('shops.filterLabel')}
      className="shop-select"
      value={value ?? ''}
      disabled={shops.isPending}
      testId="shop-select"
      noneLabel={t('shops.allShops')}
      options={options.map((shop) => ({ value: shop.code, label: shop.name }))}
      onChange={(chosen) => {
        onChange(chosen || undefined);
      }}
    >
      {/* A shop from a shared link that the list does not (or not yet) have. */}
      {value && !options.some((shop) => shop.code === value) ? (
        <option value={value}>{value}</option>
      ) : null}
    </SelectField>
  );
}
