import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangePeriod } from '@/api-types/guestbook';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Skeleton } from '@/components/ui/skeleton';
import { InlineError } from '@/components/ui/inline-error';
import { formatDate } from '@/lib/format-date';
import {
  useExchangeSettings,
  usePreview,
  useRounds,
  useRunRotation,
  useUpdateExchangeSettings,
} from '@/features/exchange/api/exchange-api';
import { RoundTable } from '@/features/exchange/components/round-table';

const PERIODS: readonly ExchangePeriod[] = ['weekly', 'fortnightly', 'monthly', 'quarterly'];

/** Admins set the rotation period, preview and start the next round, and read the history. */
export function ExchangeAdmin() {
  const { t, i18n } = useTranslation();
  const settings = useExchangeSettings(true);
  const update = useUpdateExchangeSettings();
  const run = useRunRotation();
  const [showPreview, setShowPreview] = useState(false);
  const preview = usePreview(showPreview);
  const rounds = useRounds(true);

  return (
    <section
      className="panel stack"
      data-testid="exchange-admin"
      aria-labelledby="exchange-admin-title"
    >
      <h2 id="exchange-admin-title" className="panel__title">
        {t('exchange.admin.title')}
      </h2>
      {settings.data ? (
        <label className="field field--inline">
          <span className="field__label">{t('exchange.admin.period')}</span>
          <select
            className="input"
            value={settings.data.period}
            disabled={update.isPending}
            data-testid="exchange-period"
            onChange={(event) => {
              update.mutate(event.target.value as ExchangePeriod);
            }}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`exchange.period.${period}`)}
              </option>
            ))}
          </select>
          <span className="field__hint">
            {t('exchange.admin.next', {
              date: formatDate(settings.data.nextRotation, i18n.language),
            })}
          </span>
        </label>
      ) : (
        <Skeleton label={t('common.loading')} lines={1} />
      )}
      <InlineError error={update.error} />
      <div className="composer__actions">
        <Button
          variant="secondary"
          data-testid="exchange-preview-open"
          onClick={() => {
            setShowPreview(true);
          }}
        >
          {t('exchange.admin.preview')}
        </Button>
        <ConfirmButton
          label={t('exchange.admin.run')}
          question={t('exchange.admin.runQuestion')}
          confirmLabel={t('exchange.admin.runConfirm')}
          pending={run.isPending}
          testId="exchange-run"
          onConfirm={() => {
            setShowPreview(false);
            run.mutate();
          }}
        />
      </div>
      <InlineError error={run.error} testId="exchange-run-error" />
      {run.isSuccess ? (
        <p className="notice" role="status" data-testid="exchange-run-done">
          {t('exchange.admin.started', { number: run.data.number })}
        </p>
      ) : null}
      {showPreview && preview.data ? <RoundTable round={preview.data} preview /> : null}
      <InlineError error={showPreview ? preview.error : null} />
      <h3>{t('exchange.admin.history')}</h3>
      {rounds.data?.pages
        .flatMap((page) => page.items)
        .map((round) => (
          <RoundTable key={round.number} round={round} />
        ))}
      {rounds.hasNextPage ? (
        <Button
          variant="secondary"
          disabled={rounds.isFetchingNextPage}
          onClick={() => void rounds.fetchNextPage()}
        >
          {t('feed.loadMore')}
        </Button>
      ) : null}
    </section>
  );
}
