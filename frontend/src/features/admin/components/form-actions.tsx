import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';

export interface AdminFormActionsProps {
  /** The server's refusal, shown above the buttons when no field already shows it. */
  error: unknown;
  errorTestId?: string | undefined;
  onCancel: () => void;
  pending: boolean;
  submitLabel: ReactNode;
  submitTestId: string;
  danger?: boolean;
}

/** The foot of an admin form: the server's error, then "Cancel" and the action. */
export function AdminFormActions({
  error,
  errorTestId,
  onCancel,
  pending,
  submitLabel,
  submitTestId,
  danger = false,
}: AdminFormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InlineError error={error} scope="admin" testId={errorTestId} />
      <div className="composer__actions">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          type="submit"
          className={danger ? 'button--danger' : undefined}
          disabled={pending}
          data-testid={submitTestId}
        >
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
