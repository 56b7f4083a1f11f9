import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShopView } from '@/api-types/shops';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { InlineError } from '@/components/ui/inline-error';
import { useUpdateShop } from '@/features/admin/api/update-shop';
import { AdminFormActions } from '@/features/admin/components/form-actions';
import { ShopFields } from '@/features/admin/components/shop-fields';
import { useShopForm } from '@/features/admin/hooks/use-shop-form';
import { CheckedForm } from '@/features/admin/components/checked-form';

/** A shop: rename or move it (city, region), close it (its guestbook turns read-only), reopen it. */
export interface ShopRowProps {
  shop: ShopView;
  onChanged?: (() => void) | undefined;
}

export function ShopRow({ shop, onChanged }: ShopRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateShop(shop.code);
  const form = useShopForm(
    { code: shop.code, name: '', city: '', region: '' },
    false,
    update.error,
  );
  const base = { name: shop.name, city: shop.city, region: shop.region, active: shop.active };

  return (
    <li className="people-list__item" data-testid="shop-row">
      <div className="stack stack--tight">
        <p>
          <strong>{shop.name}</strong> <span className="muted">{shop.code}</span>{' '}
          {shop.active ? null : (
            <span className="badge badge--hidden" data-testid="shop-closed">
              {t('admin.shops.closed')}
            </span>
          )}
        </p>
        <p className="people-list__meta">
          {t('admin.shops.summary', {
            city: shop.city,
            region: shop.region,
            // Counted forms ("1 personne", "2 personnes") come from the shops' own wording.
            people: t('shops.people', { count: shop.peopleCount }),
            posts: t('shops.posts', { count: shop.postCount }),
          })}
        </p>
        {editing ? (
          <CheckedForm
            className="stack stack--tight"
            testId="shop-edit-form"
            onSubmit={() => {
              const fields = form.validate();
              if (!fields) return;
              update.mutate(
                { ...base, ...fields.details },
                {
                  onSuccess: () => {
                    setEditing(false);
                    onChanged?.();
                  },
                },
              );
            }}
          >
            <ShopFields {...form.fields} />
            <AdminFormActions
              error={null}
              onCancel={() => {
                setEditing(false);
              }}
              pending={update.isPending}
              submitLabel={t('common.save')}
              submitTestId="shop-edit-submit"
            />
          </CheckedForm>
        ) : (
          <div className="composer__actions">
            <Button
              variant="secondary"
              data-testid="shop-edit"
              onClick={() => {
                update.reset();
                form.setValues({
                  code: shop.code,
                  name: shop.name,
                  city: shop.city,
                  region: shop.region,
                });
                setEditing(true);
              }}
            >
              {t('admin.shops.edit')}
            </Button>
            {shop.active ? (
              <ConfirmButton
                label={t('admin.shops.close')}
                question={t('admin.shops.closeQuestion', { name: shop.name })}
                confirmLabel={t('admin.shops.closeConfirm')}
                pending={update.isPending}
                testId="shop-close"
                onConfirm={() => {
                  update.mutate({ ...base, active: false }, { onSuccess: () => onChanged?.() });
                }}
              />
            ) : (
              <Button
                variant="secondary"
                disabled={update.isPending}
                data-testid="shop-reopen"
                onClick={() => {
                  update.mutate({ ...base, active: true }, { onSuccess: () => onChanged?.() });
                }}
              >
                {t('admin.shops.reopen')}
              </Button>
            )}
          </div>
        )}
        <InlineError
          error={Object.keys(form.serverErrors).length === 0 ? update.error : null}
          scope="admin"
        />
      </div>
    </li>
  );
}
