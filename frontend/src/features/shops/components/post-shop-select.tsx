import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
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
    <SelectField
      label={t('composer.shop')}
      hint={t('composer.shopHint')}
      describeHint
      error={error}
      value={value ?? ''}
      disabled={shops.isPending}
      testId="composer-shop"
      noneLabel={t('composer.noShop')}
      options={open.map((shop) => ({ value: shop.code, label: shop.name }))}
      onChange={(chosen) => {
        onChange(chosen || null);
      }}
    />
  );
}
