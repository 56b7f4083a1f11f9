import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/components/form/field-error';
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
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const shops = useShops();
  const open = (shops.data ?? [])
    .filter((shop) => shop.active)
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('composer.shop')}
      </label>
      <select
        id={id}
        className="input"
        value={value ?? ''}
        disabled={shops.isPending}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
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
      <p id={hintId} className="field__hint">
        {t('composer.shopHint')}
      </p>
      <FieldError id={errorId} code={error} />
    </div>
  );
}
