import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostSummary } from '@/api-types/posts';
import { AuthenticatedImage } from '@/components/ui/authenticated-image';
import { Icon } from '@/components/ui/icon';
import { paths } from '@/config/paths';
import {
  DraftBadge,
  KindBadge,
  PinnedBadge,
  StatusBadge,
  VideoBadge,
} from '@/features/posts/components/post-badges';
import { PostMeta } from '@/features/posts/components/post-meta';
import { TagList } from '@/features/posts/components/tag-list';

export interface PostCardProps {
  post: PostSummary;
  /** Only the feed's pinned section shows the badge; elsewhere the date would be noise. */
  showPinned?: boolean;
}

export function PostCard({ post, showPinned = false }: PostCardProps) {
  const { t } = useTranslation();
  const href = post.draft ? paths.editPost.getHref(post.id) : paths.post.getHref(post.id);
  return (
    <article
      className={`post-card${showPinned ? ' post-card--pinned' : ''}`}
      data-testid="post-card"
      data-post-id={post.id}
    >
      <div className="post-card__content">
        <div className="post-card__badges">
          <KindBadge kind={post.kind} />
          <StatusBadge status={post.status} />
          {post.draft ? <DraftBadge /> : null}
          {showPinned && post.pinnedUntil ? <PinnedBadge until={post.pinnedUntil} /> : null}
          {post.video ? <VideoBadge video={post.video} /> : null}
        </div>
        <h2 className="post-card__title">
          <Link to={href} className="post-card__link" data-testid="post-card-link">
            {post.title}
          </Link>
        </h2>
        {post.excerpt ? <p className="post-card__excerpt">{post.excerpt}</p> : null}
        <TagList tags={post.tags} />
        <PostMeta post={post} />
        <p className="post-card__stats">
          <span data-testid="post-card-bravos">
            <Icon name="bravo" />
            {t('bravo.count', { count: post.bravoCount })}
          </span>
          <span data-testid="post-card-comments">
            <Icon name="comment" />
            {t('comments.count', { count: post.commentCount })}
          </span>
        </p>
      </div>
      {post.video?.posterUrl ? (
        // The film's poster comes first: it is what the post is about. A signed store URL.
        <span className="post-card__poster">
          <img
            src={post.video.posterUrl}
            alt=""
            className="post-card__thumb"
            loading="lazy"
            data-testid="post-card-poster"
          />
          <span className="post-card__play" aria-hidden="true">
            <Icon name="play" filled />
          </span>
        </span>
      ) : post.thumbnailUrl ? (
        <AuthenticatedImage src={post.thumbnailUrl} alt="" className="post-card__thumb" />
      ) : null}
    </article>
  );
}
