import { Fragment } from 'react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '@/api-types/search';
import { Icon } from '@/components/ui/icon';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format-date';
import { formatDuration } from '@/lib/format-duration';
import { momentSeconds } from '@/lib/video-moment';
import { HighlightedText } from '@/features/search/components/highlighted-text';
import { hitHref } from '@/features/search/utils/hit-links';
import { knownEntryKind, knownKind, knownStatus } from '@/features/search/utils/known-values';

export interface SearchHitCardProps {
  hit: SearchHit;
  /** Where a tag leads: the same search narrowed to it. */
  tagHref: (tag: string) => string;
  /** Shop names by code: comments and videos carry only the code. */
  shopNames: ReadonlyMap<string, string>;
}

export function SearchHitCard({ hit, tagHref, shopNames }: SearchHitCardProps) {
  const { t, i18n } = useTranslation();
  const href = hitHref(hit);
  const kind = knownKind(hit.kind);
  const entryKind = knownEntryKind(hit.kind);
  const status = knownStatus(hit.status);
  const shopName = hit.shopName ?? (hit.shop ? shopNames.get(hit.shop) : undefined);
  const seconds = hit.type === 'video' ? momentSeconds(hit.startMs) : null;

  /** Comments, entries and videos have no title of their own: they say what and where they are. */
  function untitled(): string {
    switch (hit.type) {
      case 'entry': {
        const shop = shopName ?? hit.shop;
        return shop ? t('search.hit.entry', { shop }) : t('search.hit.entryNoShop');
      }
      case 'comment':
        if (hit.parentTitle) return t('search.hit.commentOn', { title: hit.parentTitle });
        return hit.parentType === 'entry'
          ? t('search.hit.commentOnEntry')
          : t('search.hit.comment');
      case 'video':
        if (hit.parentTitle) return t('search.hit.videoOf', { title: hit.parentTitle });
        return hit.parentType === 'entry' ? t('search.hit.videoOfEntry') : t('search.hit.video');
      default:
        return hit.title ?? t('search.hit.untitled');
    }
  }

  const title = hit.titleHtml ? <HighlightedText html={hit.titleHtml} /> : untitled();
  const meta: ReactElement[] = [];
  if (hit.author) {
    meta.push(
      <Link key="author" to={paths.person.getHref(hit.author)} className="post-meta__author">
        {hit.authorName ?? hit.author}
      </Link>,
    );
  }
  if (hit.shop) {
    meta.push(
      <Link key="shop" to={paths.shop.getHref(hit.shop)}>
        {shopName ?? hit.shop}
      </Link>,
    );
  }
  if (hit.createdAt) {
    meta.push(
      <time
        key="date"
        dateTime={hit.createdAt}
        title={formatDateTime(hit.createdAt, i18n.language)}
      >
        {formatDate(hit.createdAt, i18n.language)}
      </time>,
    );
  }
  meta.push(
    <span key="bravos" className="search-hit__bravos" data-testid="search-hit-bravos">
      <Icon name="bravo" />
      {t('bravo.count', { count: hit.bravos })}
    </span>,
  );
  return (
    <article className="search-hit" data-testid="search-hit" data-hit-id={`${hit.type}:${hit.id}`}>
      {kind || entryKind || status || seconds !== null ? (
        <div className="post-card__badges">
          {kind ? (
            <span className={`badge badge--kind-${kind}`} data-testid="search-hit-kind">
              {t(`post.kind.${kind}`)}
            </span>
          ) : null}
          {entryKind ? (
            <span className={`badge badge--entry-${entryKind}`} data-testid="search-hit-kind">
              {t(`guestbook.kind.${entryKind}`)}
            </span>
          ) : null}
          {status ? (
            <span className={`badge badge--status-${status}`} data-testid="search-hit-status">
              {t(`post.status.${status}`)}
            </span>
          ) : null}
          {seconds !== null ? (
            <span className="badge badge--video" data-testid="search-hit-moment">
              <Icon name="play" />
              {t('search.hit.at', { time: formatDuration(seconds * 1000) })}
            </span>
          ) : null}
        </div>
      ) : null}
      <h2 className="search-hit__title">
        {href ? (
          <Link to={href} className="search-hit__link" data-testid="search-hit-link">
            {title}
          </Link>
        ) : (
          title
        )}
      </h2>
      {hit.snippetHtml ? (
        <p className="search-hit__snippet" data-testid="search-hit-snippet">
          <HighlightedText html={hit.snippetHtml} />
        </p>
      ) : null}
      {hit.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('post.tags')}>
          {hit.tags.map((tag) => (
            <li key={tag}>
              <Link to={tagHref(tag)} className="tag">
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="post-meta search-hit__meta" data-testid="search-hit-meta">
        {meta.map((part, index) => (
          <Fragment key={part.key}>
            {index > 0 ? <span aria-hidden="true"> · </span> : null}
            {part}
          </Fragment>
        ))}
      </p>
    </article>
  );
}
