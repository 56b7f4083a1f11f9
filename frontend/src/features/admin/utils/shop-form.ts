import type { FieldErrors } from '@/lib/field-errors';

export type ShopFieldName = 'code' | 'name' | 'city' | 'region';
export type ShopFieldValues = Record<ShopFieldName, string>;

/** The server's rule for shop codes (they are part of addresses). */
export const SHOP_CODE = /^[a-z0-9-]{2,64}$/;

/** Empty fields, caught before the server has to say so. */
export function missingShopFields(values: ShopFieldValues, withCode: boolean): FieldErrors {
  const errors: FieldErrors = {};
  for (const name of ['code', 'name', 'city', 'region'] as const) {
    if (name === 'code' && !withCode) continue;
    if (!values[name].trim()) errors[name] = 'REQUIRED';
  }
  if (withCode && values.code.trim() && !SHOP_CODE.test(values.code.trim())) {
    errors.code = 'INVALID';
  }
  return errors;
}
