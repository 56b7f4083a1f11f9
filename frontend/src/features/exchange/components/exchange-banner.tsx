import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useMyExchange } from '@/features/exchange/api/exchange-api';

/**
 * "This month you are reading <Shop>'s guestbook": the home page reminder of the exchange, with a
 * nudge to leave a comment or a bravo until someone from the shop has. Silent when the shop has no
 * pairing (no round yet, or no shop chosen) or when the exchange cannot be read right now.
 */
export function ExchangeBanner() {
  const { t } = useTranslation();
  const mine = useMyExchange();
  const view = mine.data;
  if (!view?.reading) return null;
  return (
    <aside className="exchange-banner stack stack--tight" data-testid="exchange-banner">
      <p className="exchange-banner__title">
        {t(`exchange.banner.reading.${view.period}`, { shop: view.reading.name })}
      </p>
      <p className="exchange-banner__prompt">
        {view.engaged
          ? t('exchange.banner.engaged')
          : t('exchange.banner.prompt', { shop: view.reading.name })}
      </p>
      <p className="exchange-banner__actions">
        <Link
          to={paths.guestbook.getHref(view.reading.code)}
          className="button button--primary"
          data-testid="exchange-banner-open"
        >
          {t('exchange.banner.open', { shop: view.reading.name })}
        </Link>
        <Link to={paths.exchange.getHref()} className="button button--ghost exchange-banner__all">
          {t('exchange.banner.all')}
        </Link>
      </p>
    </aside>
  );
}
