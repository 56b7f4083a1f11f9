import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { FieldErrors } from '@/lib/field-errors';
import { useCreateShop } from '@/features/admin/api/create-shop';
import { ShopFields } from '@/features/admin/components/shop-fields';
import type { ShopFieldValues } from '@/features/admin/utils/shop-form';
import { missingShopFields } from '@/features/admin/utils/shop-form';

const EMPTY: ShopFieldValues = { code: '', name: '', city: '', region: '' };

export function ShopCreateForm({ onChanged }: { onChanged?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const create = useCreateShop();
  const serverErrors = fieldErrorsOf(create.error);
  const errors = { ...serverErrors, ...localErrors };

  return (
    <form
      className="panel stack stack--tight"
      noValidate
      data-testid="shop-create-form"
      onSubmit={(event) => {
        event.preventDefault();
        const missing = missingShopFields(values, true);
        setLocalErrors(missing);
        if (Object.keys(missing).length > 0) return;
        create.mutate(
          {
            code: values.code.trim(),
            name: values.name.trim(),
            city: values.city.trim(),
            region: values.region.trim(),
          },
          {
            onSuccess: () => {
              setValues(EMPTY);
              onChanged?.();
            },
          },
        );
      }}
    >
      <h2 className="panel__title">{t('admin.shops.create')}</h2>
      <ShopFields
        values={values}
        withCode
        errors={errors}
        onChange={(next) => {
          setValues(next);
          setLocalErrors({});
        }}
      />
      <InlineError
        error={Object.keys(serverErrors).length === 0 ? create.error : null}
        scope="admin"
        testId="shop-create-error"
      />
      {create.isSuccess ? (
        <p className="notice" role="status">
          {t('admin.shops.created', { name: create.data.name })}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={create.isPending} data-testid="shop-create-submit">
          {t('admin.shops.createSubmit')}
        </Button>
      </div>
    </form>
  );
}
