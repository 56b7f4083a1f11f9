import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAdminView } from '@/api-types/admin';
import type { MovePersonRequest } from '@/api-types/people';
import { Field } from '@/components/form/field';
import { fieldErrorsOf } from '@/lib/field-errors';
import { getShopsQueryOptions } from '@/lib/shop-list';
import { useMovePerson } from '@/features/admin/api/move-person';
import { AdminFormActions } from '@/features/admin/components/form-actions';
import { CheckedForm } from '@/features/admin/components/checked-form';

// Shop codes are [a-z0-9-]: this value can never name a shop.
const HEAD_OFFICE = 'HEAD_OFFICE';

export interface ShopMoveFormProps {
  user: Pick<UserAdminView, 'username' | 'displayName' | 'shop' | 'headOffice'>;
  /** Called with where the person now works: a shop code, or null for head office. */
  onDone: (shop: string | null) => void;
  onCancel: () => void;
}

/** Where the person works: head office or an open shop, applied at once. */
export function ShopMoveForm({ user, onDone, onCancel }: ShopMoveFormProps) {
  const { t } = useTranslation();
  const shops = useQuery(getShopsQueryOptions());
  const open = (shops.data ?? []).filter((shop) => shop.active);
  const [place, setPlace] = useState(user.headOffice ? HEAD_OFFICE : (user.shop ?? ''));
  const [missing, setMissing] = useState(false);
  const move = useMovePerson(user.username);
  const serverError = fieldErrorsOf(move.error).shop;
  const placeError = missing ? 'REQUIRED' : serverError;

  return (
    <CheckedForm
      className="stack"
      testId="shop-move-form"
      onSubmit={() => {
        if (!place) {
          setMissing(true);
          return;
        }
        const request: MovePersonRequest =
          place === HEAD_OFFICE ? { headOffice: true } : { shop: place };
        move.mutate(request, {
          onSuccess: () => {
            onDone(place === HEAD_OFFICE ? null : place);
          },
        });
      }}
    >
      <p className="muted">{t('admin.users.move.intro')}</p>
      <Field label={t('admin.users.move.place')} error={placeError}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={place}
            data-testid="shop-move-place"
            onChange={(event) => {
              setPlace(event.target.value);
              setMissing(false);
            }}
          >
            {place === '' ? <option value="">{t('admin.users.move.choose')}</option> : null}
            <option value={HEAD_OFFICE}>{t('admin.users.headOffice')}</option>
            {/* A shop since closed stays listed while it is where the person works. */}
            {user.shop && !open.some((shop) => shop.code === user.shop) ? (
              <option value={user.shop}>{user.shop}</option>
            ) : null}
            {open.map((shop) => (
              <option key={shop.code} value={shop.code}>
                {shop.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <AdminFormActions
        error={move.isError && !serverError ? move.error : null}
        errorTestId="shop-move-error"
        onCancel={onCancel}
        pending={move.isPending}
        submitLabel={t('admin.users.move.submit')}
        submitTestId="shop-move-submit"
      />
    </CheckedForm>
  );
}
