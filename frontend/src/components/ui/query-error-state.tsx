import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { errorMessageKey } from '@/lib/error-messages';

export interface QueryErrorStateProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** Content that failed to load: why, in the user's language, and a way to try again. */
export function QueryErrorState({ title, error, onRetry }: QueryErrorStateProps) {
  const { t } = useTranslation();
  return (
    <ErrorState
      title={title}
      message={t(errorMessageKey(error))}
      retryLabel={t('errors.retry')}
      onRetry={onRetry}
    />
  );
}
