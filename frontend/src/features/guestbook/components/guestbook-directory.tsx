import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { useGuestbooks } from '@/features/guestbook/api/get-guestbooks';

/** Every shop's guestbook, liveliest first, with its latest entry to tempt a visit. */
export function GuestbookDirectory() {
  const { t, i18n } = useTranslation();
  const guestbooks = useGuestbooks();
  return (
    <QueryState
      query={guestbooks}
      loading={<Skeleton label={t('guestbook.loading')} lines={4} />}
      errorTitle={t('guestbook.directoryErrorTitle')}
      isEmpty={(data) => data.length === 0}
      empty={<EmptyState message={t('guestbook.noShops')} />}
    >
      {(data) => (
        <ul className="shop-grid" data-testid="guestbook-directory">
          {data.map((book) => (
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
      )}
    </QueryState>
  );
}
