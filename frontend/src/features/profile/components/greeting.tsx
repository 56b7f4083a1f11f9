import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useMe } from '@/features/profile/api/get-me';

export function Greeting() {
  const { t } = useTranslation();
  const meQuery = useMe();

  return (
    <QueryState
      query={meQuery}
      loading={<Skeleton variant="heading" label={t('home.loading')} />}
      errorTitle={t('home.errorTitle')}
    >
      {(me) => (
        <h1 className="greeting" data-testid="greeting">
          {t('home.greeting', { name: me.displayName })}
        </h1>
      )}
    </QueryState>
  );
}
