import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessageKey } from '@/lib/error-messages';
import { useMe } from '@/features/profile/api/get-me';

export function Greeting() {
  const { t } = useTranslation();
  const meQuery = useMe();

  if (meQuery.isPending) {
    return <Skeleton variant="heading" label={t('home.loading')} />;
  }

  if (meQuery.isError) {
    return (
      <ErrorState
        title={t('home.errorTitle')}
        message={t(errorMessageKey(meQuery.error))}
        retryLabel={t('errors.retry')}
        onRetry={() => void meQuery.refetch()}
      />
    );
  }

  return (
    <h1 className="greeting" data-testid="greeting">
      {t('home.greeting', { name: meQuery.data.displayName })}
    </h1>
  );
}
