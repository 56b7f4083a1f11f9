import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { useCreateShop } from '@/features/admin/api/create-shop';
import { ShopFields } from '@/features/admin/components/shop-fields';
import { useShopForm } from '@/features/admin/hooks/use-shop-form';
import type { ShopFieldValues } from '@/features/admin/utils/shop-form';
import { CheckedForm } from '@/features/admin/components/checked-form';

const EMPTY: ShopFieldValues = { code: '', name: '', city: '', region: '' };

export function ShopCreateForm({ onChanged }: { onChanged?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const create = useCreateShop();
  const form = useShopForm(EMPTY, true, create.error);

  return (
    <CheckedForm
      className="panel stack stack--tight"
      testId="shop-create-form"
      onSubmit={() => {
        const fields = form.validate();
        if (!fields) return;
        create.mutate(
          { code: fields.code, ...fields.details },
          {
            onSuccess: () => {
              form.setValues(EMPTY);
              onChanged?.();
            },
          },
        );
      }}
    >
      <h2 className="panel__title">{t('admin.shops.create')}</h2>
      <ShopFields {...form.fields} />
      <InlineError
        error={Object.keys(form.serverErrors).length === 0 ? create.error : null}
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
    </CheckedForm>
  );
}
