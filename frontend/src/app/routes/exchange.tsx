import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { canAdminister } from '@/lib/roles';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Page } from '@/components/layouts/page';
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
    const noRound = current.error instanceof ApiError && current.error.code === 'EXCHANGE_NO_ROUND';
    if (current.isError && noRound) {
      return <EmptyState message={t('exchange.noRound')} testId="exchange-no-round" />;
    }
    return (
      <QueryState
        query={current}
        loading={<Skeleton label={t('common.loading')} lines={4} />}
        errorTitle={t('exchange.errorTitle')}
      >
        {(data) => <RoundTable round={data} />}
      </QueryState>
    );
  }

  return (
    <Page title={t('exchange.title')} intro={t('exchange.intro')}>
      <ExchangeBanner />
      {round()}
      {canAdminister(me.data?.roles) ? <ExchangeAdmin /> : null}
    </Page>
  );
}
