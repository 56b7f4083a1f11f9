import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/lib/error-messages';
import type { ErrorScope } from '@/lib/error-messages';

export interface InlineErrorProps {
  /** Nothing is shown while it is null or undefined. */
  error: unknown;
  /** The back-office screens word some refusals their own way. */
  scope?: ErrorScope | undefined;
  testId?: string | undefined;
}

/** A refusal from the server, announced where the action was tried. */
export function InlineError({ error, scope, testId }: InlineErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="inline-error" role="alert" data-testid={testId}>
      {scope ? t(errorMessageKey(error, scope)) : t(errorMessageKey(error))}
    </p>
  );
}
