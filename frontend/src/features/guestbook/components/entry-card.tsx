import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryView } from '@/api-types/guestbook';
import { PhotoGallery } from '@/components/media/photo-gallery';
import { Icon } from '@/components/ui/icon';
import { SanitizedHtml } from '@/components/ui/sanitized-html';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';

export function EntryKindBadge({ kind }: { kind: EntryView['kind'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--entry-${kind}`}>{t(`guestbook.kind.${kind}`)}</span>;
}

/** An entry as it reads in a guestbook: the whole text and photos, like a page of the paper book. */
export function EntryCard({ entry }: { entry: EntryView }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="entry-card stack" data-testid="entry-card" data-entry-id={entry.id}>
      <header className="entry-card__top">
        <EntryKindBadge kind={entry.kind} />
        <EntryHiddenBadge entry={entry} testId="entry-card-hidden" />
        <time dateTime={entry.date} className="entry-card__date">
          {formatDate(entry.date, i18n.language)}
        </time>
      </header>
      <SanitizedHtml html={entry.bodyHtml} className="post-body" />
      {entry.videos.length > 0 ? (
        // Films play on the entry's page; the guestbook stays light to scroll on a phone.
        <Link
          to={paths.entry.getHref(entry.id)}
          className="entry-card__videos"
          data-testid="entry-card-videos"
        >
          {entry.videos[0]?.posterUrl ? (
            <img
              src={entry.videos[0].posterUrl}
              alt=""
              loading="lazy"
              className="post-card__thumb"
            />
          ) : null}
          <span>
            <Icon name="video" /> {t('guestbook.videoCount', { count: entry.videos.length })}
          </span>
        </Link>
      ) : null}
      <PhotoGallery photos={entry.photos} />
      <footer className="entry-card__meta">
        <Link to={paths.person.getHref(entry.author.username)}>{entry.author.displayName}</Link>
        <span>{t('guestbook.bravoCount', { count: entry.bravoCount })}</span>
        <span>{t('guestbook.commentCount', { count: entry.commentCount })}</span>
        <Link
          to={paths.entry.getHref(entry.id)}
          className="button button--ghost"
          data-testid="entry-open"
        >
          {t('guestbook.open')}
        </Link>
      </footer>
    </article>
  );
}

/** Said to those who still see a hidden entry (its author, moderators), or one held for review. */
export function EntryHiddenBadge({
  entry,
  testId,
}: {
  entry: Pick<EntryView, 'hidden' | 'pendingReview'>;
  testId: string;
}) {
  const { t } = useTranslation();
  if (!entry.hidden && !entry.pendingReview) return null;
  return (
    <span className="badge badge--hidden" data-testid={testId}>
      {entry.pendingReview ? t('moderationState.badgePendingReview') : t('guestbook.hidden')}
    </span>
  );
}
