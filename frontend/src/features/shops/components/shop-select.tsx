import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShops } from '@/features/shops/api/get-shops';

export interface ShopSelectProps {
  /** A shop code, or undefined for every shop. */
  value: string | undefined;
  onChange: (shop: string | undefined) => void;
}

/** A filter on one shop, e.g. for the films gallery; closed shops stay listed, they have films. */
export function ShopSelect({ value, onChange }: ShopSelectProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const shops = useShops();
  const options = [...(shops.data ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, i18n.language),
  );
  return (
    <div className="field shop-select">
      <label htmlFor={id} className="field__label">
        {t('shops.filterLabel')}
      </label>
      <select
        id={id}
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
    </div>
  );
}
