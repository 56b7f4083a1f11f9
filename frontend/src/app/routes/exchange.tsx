import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessageKey } from '@/lib/error-messages';
import { canAdminister } from '@/lib/roles';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCurrentRound } from '@/features/exchange/api/exchange-api';
import { ExchangeAdmin } from '@/features/exchange/components/exchange-admin';
import { ExchangeBanner } from '@/features/exchange/components/exchange-banner';
import { RoundTable } from '@/features/exchange/components/round-table';
import { useMe } from '@/features/profile/api/get-me';

export function ExchangeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useCurrentRound();

  function round() {
    if (current.isPending) return <Skeleton label={t('common.loading')} lines={4} />;
    if (current.isError) {
      if (current.error instanceof ApiError && current.error.code === 'EXCHANGE_NO_ROUND') {
        return <EmptyState message={t('exchange.noRound')} testId="exchange-no-round" />;
      }
      return (
        <ErrorState
          title={t('exchange.errorTitle')}
          message={t(errorMessageKey(current.error))}
          retryLabel={t('errors.retry')}
          onRetry={() => void current.refetch()}
        />
      );
    }
    return <RoundTable round={current.data} />;
  }

  return (
    <section className="page stack">
      <title>{`${t('exchange.title')} · Bravo`}</title>
      <h1>{t('exchange.title')}</h1>
      <p className="page__intro">{t('exchange.intro')}</p>
      <ExchangeBanner />
      {round()}
      {canAdminister(me.data?.roles) ? <ExchangeAdmin /> : null}
    </section>
  );
}
