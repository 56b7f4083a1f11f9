import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationItemView } from '@/api-types/moderation';
import { RelativeTime } from '@/components/ui/relative-time';
import { paths } from '@/config/paths';
import { useShopNames } from '@/hooks/use-shop-names';
import { StateBadge } from '@/features/moderation/components/state-badge';
import { contentPageHref } from '@/features/moderation/utils/content-link';

export interface ContentPreviewProps {
  item: ModerationItemView;
  /** The queue links the title to the item's moderation page; the item page itself does not. */
  titleHref?: string | undefined;
  headingLevel?: 2 | 3;
}

/** What was published, by whom, where, and whether people can see it now. */
export function ContentPreview({ item, titleHref, headingLevel = 3 }: ContentPreviewProps) {
  const { t } = useTranslation();
  const shopName = useShopNames();
  const pageHref = contentPageHref(item);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = item.title || t('modq.preview.untitled');

  return (
    <div className="stack stack--tight" data-testid="modq-preview">
      <div className="post-card__badges">
        <span className="badge" data-testid="modq-type">
          {t(`modq.types.${item.type}`)}
        </span>
        <StateBadge state={item.state} />
        {item.commentsLocked ? (
          <span className="badge badge--pinned" data-testid="modq-comments-locked">
            {t('modq.preview.commentsLocked')}
          </span>
        ) : null}
      </div>
      <Heading className="post-card__title">
        {titleHref ? <Link to={titleHref}>{title}</Link> : title}
      </Heading>
      {item.excerpt ? (
        <p className="post-card__excerpt" data-testid="modq-excerpt">
          {item.excerpt}
        </p>
      ) : null}
      {item.hiddenReason ? (
        <p className="panel__note" data-testid="modq-hidden-reason">
          {t('modq.preview.hiddenReason', { reason: item.hiddenReason })}
        </p>
      ) : null}
      <p className="post-meta">
        <Link to={paths.person.getHref(item.author.username)} className="post-meta__author">
          {item.author.displayName}
        </Link>
        {item.shop ? <span> · {shopName(item.shop)}</span> : null}
        <span> · </span>
        <RelativeTime iso={item.createdAt} />
        {pageHref ? (
          <>
            <span> · </span>
            <Link to={pageHref} data-testid="modq-page-link">
              {t('modq.preview.openPage')}
            </Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
