import { useTranslation } from 'react-i18next';
import type { FieldErrorCode } from '@/lib/field-errors';

export interface FieldErrorProps {
  id: string;
  code: FieldErrorCode | undefined;
}

/** Message under a field, linked to it through aria-describedby by the field's owner. */
export function FieldError({ id, code }: FieldErrorProps) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p id={id} className="field-error" data-testid={`field-error-${code}`}>
      {t(`fieldErrors.${code}`)}
    </p>
  );
}
