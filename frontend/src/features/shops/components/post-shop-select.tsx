import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
import type { FieldErrorCode } from '@/lib/field-errors';
import { useShops } from '@/features/shops/api/get-shops';

export interface PostShopSelectProps {
  /** A shop code, or null: on behalf of no shop. */
  value: string | null;
  onChange: (shop: string | null) => void;
  error: FieldErrorCode | undefined;
}

/** For head office authors: the open shop a post is about, or none (the default). */
export function PostShopSelect({ value, onChange, error }: PostShopSelectProps) {
  const { t, i18n } = useTranslation();
  const shops = useShops();
  const open = (shops.data ?? [])
    .filter((shop) => shop.active)
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <Field label={t('composer.shop')} hint={t('composer.shopHint')} describeHint error={error}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value ?? ''}
          disabled={shops.isPending}
          data-testid="composer-shop"
          onChange={(event) => {
            onChange(event.target.value || null);
          }}
        >
          <option value="">{t('composer.noShop')}</option>
          {open.map((shop) => (
            <option key={shop.code} value={shop.code}>
              {shop.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
