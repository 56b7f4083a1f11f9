import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostSummary } from '@/api-types/posts';
import { CardList } from '@/components/ui/card-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { PagedQueryState } from '@/components/ui/paged-query-state';
import { SkeletonList } from '@/components/ui/skeleton-list';
import { TagFilterChip } from '@/components/ui/tag-filter-chip';
import { paths } from '@/config/paths';
import { formatDuration } from '@/lib/format-duration';
import { useFeed } from '@/features/posts/api/get-feed';
import { TagList } from '@/features/posts/components/tag-list';
import { useGalleryFilters } from '@/features/posts/hooks/use-gallery-filters';

export interface VideoGalleryProps {
  /** The shop picker, rendered by the app layer (shops are another feature). */
  renderShopFilter?:
    | ((shop: string | undefined, onChange: (shop: string | undefined) => void) => ReactNode)
    | undefined;
}

/** "Films of the best methods": the posts that carry a video, as a grid of posters. */
export function VideoGallery({ renderShopFilter }: VideoGalleryProps) {
  const { t } = useTranslation();
  const { filters, setShop, clearTag } = useGalleryFilters();
  const feed = useFeed(filters);

  const seen = new Set<number>();
  const posts = (feed.data?.pages ?? [])
    .flatMap((page) => [...page.pinned, ...page.items])
    .filter((post) => {
      // A cursor can shift under concurrent publishing; a post must never show twice.
      if (seen.has(post.id)) return false;
      seen.add(post.id);
      return true;
    });

  return (
    <section className="video-gallery stack" aria-label={t('videos.gallery.label')}>
      <div className="feed-controls">
        {renderShopFilter?.(filters.shop, setShop)}
        {filters.tag ? (
          <div className="chips">
            <TagFilterChip
              tag={filters.tag}
              testId="video-gallery-tag-filter"
              onRemove={clearTag}
            />
          </div>
        ) : null}
      </div>
      <PagedQueryState
        footerTestId="video-gallery-sentinel"
        query={feed}
        loading={
          <SkeletonList
            label={t('videos.gallery.loading')}
            lines={2}
            className="video-gallery__grid"
            itemClassName="video-card video-card--skeleton"
            testId="video-gallery-loading"
          />
        }
        errorTitle={t('videos.gallery.errorTitle')}
        isEmpty={() => posts.length === 0}
        empty={
          <EmptyState
            testId="video-gallery-empty"
            message={
              filters.shop || filters.tag
                ? t('videos.gallery.emptyFiltered')
                : t('videos.gallery.empty')
            }
            action={
              <Link to={paths.newPost.getHref('practice')} className="button button--primary">
                {t('videos.gallery.share')}
              </Link>
            }
          />
        }
      >
        <CardList
          items={posts}
          keyOf={(post) => post.id}
          className="video-gallery__grid"
          testId="video-gallery-list"
        >
          {(post) => <VideoCard post={post} />}
        </CardList>
      </PagedQueryState>
    </section>
  );
}

function VideoCard({ post }: { post: PostSummary }) {
  const { t } = useTranslation();
  const video = post.video;
  return (
    <article className="video-card" data-testid="video-card" data-post-id={post.id}>
      <Link to={paths.post.getHref(post.id)} className="video-card__link">
        <span className="video-card__poster">
          {video?.posterUrl ? (
            <img src={video.posterUrl} alt="" loading="lazy" className="video-card__image" />
          ) : (
            <span className="video-card__placeholder">
              {video?.status === 'processing' ? t('videos.gallery.processing') : null}
            </span>
          )}
          <span className="video-card__play" aria-hidden="true">
            <Icon name="play" filled />
          </span>
          {video && video.durationMs !== null ? (
            <span className="video-card__duration" data-testid="video-card-duration">
              {formatDuration(video.durationMs)}
            </span>
          ) : null}
        </span>
        <span className="video-card__title" data-testid="video-card-title">
          {post.title}
        </span>
      </Link>
      {post.shop ? (
        <p className="video-card__shop muted" data-testid="video-card-shop">
          {post.shop.name}
        </p>
      ) : null}
      <TagList tags={post.tags} getHref={(tag) => paths.videos.getHref({ tag })} />
    </article>
  );
}
