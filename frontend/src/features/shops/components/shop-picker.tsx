import '@/styles/head-office.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/ui/skeleton';
import { QueryState } from '@/components/ui/query-state';
import { InlineError } from '@/components/ui/inline-error';
import type { ShopView } from '@/api-types/shops';
import { useShops } from '@/features/shops/api/get-shops';
import { ShopSearchField } from '@/features/shops/components/shop-search-field';
import { matchesShop } from '@/features/shops/utils/match-shop';

export interface ShopPickerProps {
  onPick: (code: string) => void;
  /** Offers "I work at head office" when set. */
  onPickHeadOffice?: (() => void) | undefined;
  pending: boolean;
  error: unknown;
  /**
   * `first`: the first-login page, with its heading; `change`: inside a dialog that has its own
   * title, without the shop the user already works in (`current`).
   */
  variant?: 'first' | 'change';
  current?: string | null | undefined;
}

/**
 * The user says where they work: an open shop, or head office (saving is up to the caller).
 */
export function ShopPicker({
  onPick,
  onPickHeadOffice,
  pending,
  error,
  variant = 'first',
  current,
}: ShopPickerProps) {
  const { t } = useTranslation();
  const shops = useShops();
  const [search, setSearch] = useState('');

  function options(all: ShopView[]) {
    const visible = all.filter(
      (shop) => shop.active && shop.code !== current && matchesShop(shop, search),
    );
    if (visible.length === 0) return <p className="muted">{t('shops.noMatch')}</p>;
    return (
      <ul className="shop-picker__list">
        {visible.map((shop) => (
          <li key={shop.code}>
            <button
              type="button"
              className="shop-picker__option"
              disabled={pending}
              data-testid={`pick-shop-${shop.code}`}
              onClick={() => {
                onPick(shop.code);
              }}
            >
              <span className="shop-picker__name">{shop.name}</span>
              <span className="muted">
                {shop.city} · {shop.region}
              </span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  const headOffice = onPickHeadOffice ? (
    <button
      type="button"
      className="shop-picker__option shop-picker__head-office"
      disabled={pending}
      data-testid="pick-head-office"
      onClick={onPickHeadOffice}
    >
      <span className="shop-picker__name">{t('shopPicker.headOffice')}</span>
      <span className="muted">{t('shopPicker.headOfficeHint')}</span>
    </button>
  ) : null;

  return (
    <section
      className="shop-picker stack"
      aria-labelledby={variant === 'first' ? 'shop-picker-title' : undefined}
      aria-label={variant === 'first' ? undefined : t('shopPicker.changeLabel')}
      data-testid="shop-picker"
    >
      {variant === 'first' ? (
        <>
          <h1 id="shop-picker-title">{t('shopPicker.title')}</h1>
          <p className="page__intro">{t('shopPicker.intro')}</p>
        </>
      ) : null}
      {headOffice}
      <ShopSearchField value={search} onChange={setSearch} />
      <InlineError error={error} />
      <QueryState
        query={shops}
        loading={<Skeleton label={t('shops.loading')} lines={4} />}
        errorTitle={t('shops.errorTitle')}
      >
        {options}
      </QueryState>
    </section>
  );
}
