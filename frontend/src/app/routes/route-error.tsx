import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';

/** Shown inside the shell when a page crashes, so navigation keeps working. */
export function RouteErrorFallback() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <ErrorState
        title={t('errors.title')}
        message={t('errors.generic')}
        retryLabel={t('errors.reload')}
        onRetry={() => {
          window.location.reload();
        }}
      />
    </section>
  );
}
