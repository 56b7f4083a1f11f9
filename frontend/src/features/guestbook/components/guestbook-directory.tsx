import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { errorMessageKey } from '@/lib/error-messages';
import { formatDate } from '@/lib/format-date';
import { useGuestbooks } from '@/features/guestbook/api/get-guestbooks';

/** Every shop's guestbook, liveliest first, with its latest entry to tempt a visit. */
export function GuestbookDirectory() {
  const { t, i18n } = useTranslation();
  const guestbooks = useGuestbooks();
  if (guestbooks.isPending) return <Skeleton label={t('guestbook.loading')} lines={4} />;
  if (guestbooks.isError) {
    return (
      <ErrorState
        title={t('guestbook.directoryErrorTitle')}
        message={t(errorMessageKey(guestbooks.error))}
        retryLabel={t('errors.retry')}
        onRetry={() => void guestbooks.refetch()}
      />
    );
  }
  if (guestbooks.data.length === 0) return <EmptyState message={t('guestbook.noShops')} />;
  return (
    <ul className="shop-grid" data-testid="guestbook-directory">
      {guestbooks.data.map((book) => (
        <li key={book.code}>
          <Link
            to={paths.guestbook.getHref(book.code)}
            className="shop-card stack stack--tight"
            data-testid="guestbook-card"
            data-shop={book.code}
          >
            <strong className="shop-card__name">{book.name}</strong>
            <span className="shop-card__place">{book.city}</span>
            <span>
              {t('guestbook.entryCount', { count: book.entryCount })}
              {book.entriesLast30Days > 0
                ? ` · ${t('guestbook.recent', { count: book.entriesLast30Days })}`
                : ''}
            </span>
            {book.latest ? (
              <span className="shop-card__latest">
                <time dateTime={book.latest.date}>
                  {formatDate(book.latest.date, i18n.language)}
                </time>
                {' — '}
                {book.latest.excerpt}
              </span>
            ) : (
              <span className="field__hint">{t('guestbook.emptyShort')}</span>
            )}
            {book.lastActivityAt ? (
              <span className="field__hint">
                {t('guestbook.lastActivity')} <RelativeTime iso={book.lastActivityAt} />
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
