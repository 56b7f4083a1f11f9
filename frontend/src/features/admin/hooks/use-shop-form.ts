import { useState } from 'react';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { FieldErrors } from '@/lib/field-errors';
import type { ShopFieldValues } from '@/features/admin/utils/shop-form';
import { missingShopFields } from '@/features/admin/utils/shop-form';

/**
 * The state of a shop's creation or edit form: what is typed, and the errors to show by the
 * fields (the empty ones caught here, the others from the server's `error`).
 */
export function useShopForm(initial: ShopFieldValues, withCode: boolean, error: unknown) {
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const serverErrors = fieldErrorsOf(error);
  return {
    setValues,
    serverErrors,
    /** The props of `ShopFields`. */
    fields: {
      values,
      withCode,
      errors: { ...serverErrors, ...localErrors },
      onChange: (next: ShopFieldValues) => {
        setValues(next);
        setLocalErrors({});
      },
    },
    /** The fields as sent, or null when some are missing (they then say so). */
    validate: () => {
      const missing = missingShopFields(values, withCode);
      setLocalErrors(missing);
      if (Object.keys(missing).length > 0) return null;
      return {
        code: values.code.trim(),
        details: {
          name: values.name.trim(),
          city: values.city.trim(),
          region: values.region.trim(),
        },
      };
    },
  };
}
