import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExchangeRoundView } from '@/api-types/guestbook';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';

/** Who reads whom in one round, and whether each reading shop engaged. */
export function RoundTable({
  round,
  preview = false,
}: {
  round: ExchangeRoundView;
  preview?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div
      className="stack stack--tight"
      data-testid={preview ? 'exchange-preview' : 'exchange-round'}
    >
      <p className="muted">
        {t('exchange.round', {
          number: round.number,
          start: formatDate(round.periodStart, i18n.language),
          end: formatDate(round.periodEnd, i18n.language),
        })}
        {preview
          ? null
          : ` · ${t('exchange.engagedCount', { count: round.engagedCount, total: round.pairings.length })}`}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('exchange.reader')}</th>
            <th scope="col">{t('exchange.reads')}</th>
            {preview ? null : <th scope="col">{t('exchange.engaged')}</th>}
          </tr>
        </thead>
        <tbody>
          {round.pairings.map((pairing) => (
            <tr
              key={pairing.reader.code}
              data-testid="exchange-pairing"
              data-reader={pairing.reader.code}
            >
              <td>{pairing.reader.name}</td>
              <td>
                <Link to={paths.guestbook.getHref(pairing.read.code)}>{pairing.read.name}</Link>
              </td>
              {preview ? null : (
                <td data-testid="exchange-engaged" data-engaged={pairing.engaged}>
                  {pairing.engaged
                    ? t('exchange.engagedYes', {
                        comments: pairing.comments,
                        bravos: pairing.bravos,
                      })
                    : t('exchange.engagedNo')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
