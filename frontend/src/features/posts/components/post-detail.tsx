import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostView } from '@/api-types/posts';
import type { ContentRef } from '@/api-types/reports';
import type { VideoView } from '@/api-types/videos';
import { ErrorState } from '@/components/ui/error-state';
import { ModerateLink } from '@/components/ui/moderate-link';
import { ModerationNotice } from '@/components/ui/moderation-notice';
import { SanitizedHtml } from '@/components/ui/sanitized-html';
import { paths } from '@/config/paths';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessageKey } from '@/lib/error-messages';
import { isFuture } from '@/lib/format-date';
import { usePost } from '@/features/posts/api/get-post';
import { PhotoGallery } from '@/components/media/photo-gallery';
import { PinPanel } from '@/features/posts/components/pin-panel';
import { PostActions } from '@/features/posts/components/post-actions';
import {
  DraftBadge,
  KindBadge,
  PinnedBadge,
  StatusBadge,
} from '@/features/posts/components/post-badges';
import { PostBravo } from '@/features/posts/components/post-bravo';
import { PostMeta } from '@/features/posts/components/post-meta';
import { StatusPanel } from '@/features/posts/components/status-panel';
import { TagList } from '@/features/posts/components/tag-list';

export interface PostDetailProps {
  id: number;
  /** Undefined while the profile loads: bravos stay enabled, the server refuses own content. */
  currentUsername: string | undefined;
  isAdmin: boolean;
  onDeleted: () => void;
  /** The post's films, rendered by the app layer (videos are another feature). */
  renderVideos?: ((videos: VideoView[]) => ReactNode) | undefined;
  /** The "Report" action, from the app layer (reports are another feature); not for one's own post. */
  renderReport?: ((content: ContentRef) => ReactNode) | undefined;
}

export function PostDetail({
  id,
  currentUsername,
  isAdmin,
  onDeleted,
  renderVideos,
  renderReport,
}: PostDetailProps) {
  const { t } = useTranslation();
  const postQuery = usePost(id);

  const post = postQuery.data;
  // A failed background refetch keeps the post on screen rather than replacing it.
  if (!post) {
    if (postQuery.isPending) {
      return <Skeleton variant="heading" label={t('post.loading')} lines={1} />;
    }
    return (
      <ErrorState
        title={t('post.errorTitle')}
        message={t(errorMessageKey(postQuery.error))}
        retryLabel={t('errors.retry')}
        onRetry={() => void postQuery.refetch()}
      />
    );
  }

  return (
    <article className="post-detail stack" data-testid="post-detail" data-post-id={post.id}>
      <title>{`${post.title} · Bravo`}</title>
      <header className="stack stack--tight">
        <div className="post-card__badges">
          <KindBadge kind={post.kind} />
          <StatusBadge status={post.status} />
          {post.draft ? <DraftBadge /> : null}
          {post.pinnedUntil && isFuture(post.pinnedUntil) ? (
            <PinnedBadge until={post.pinnedUntil} />
          ) : null}
        </div>
        <h1 data-testid="post-title">{post.title}</h1>
        <ModerationNotice state={post} testId="post-moderation-state" />
        <PostMeta post={post} detailed />
        {post.sourceEntryId !== null && post.shop ? (
          <p data-testid="post-source-entry">
            <Link to={paths.entry.getHref(post.sourceEntryId)}>
              {t('post.fromGuestbook', { shop: post.shop.name })}
            </Link>
          </p>
        ) : null}
        {post.category ? (
          <p className="post-detail__category">
            {t('post.categoryLine', { name: post.category.name })}
          </p>
        ) : null}
        {post.status === 'declined' && post.statusReason ? (
          <p className="post-detail__reason" data-testid="status-reason-text">
            <strong>{t('post.declinedReason')}</strong> {post.statusReason}
          </p>
        ) : null}
      </header>
      <SanitizedHtml html={post.bodyHtml} className="post-body" testId="post-body" />
      {post.videos.length > 0 ? renderVideos?.(post.videos) : null}
      <PhotoGallery photos={post.photos} />
      <TagList tags={post.tags} />
      <div className="post-detail__bar">
        <PostBravo post={post} ownContent={post.author.username === currentUsername} />
        <PostActions post={post} onDeleted={onDeleted} />
        <ReportAndModerate
          post={post}
          // Unknown while the profile loads: nothing is offered rather than a report of one's own.
          ownContent={currentUsername === undefined || post.author.username === currentUsername}
          renderReport={renderReport}
        />
      </div>
      <ModerationPanels post={post} isAdmin={isAdmin} />
    </article>
  );
}

function ReportAndModerate({
  post,
  ownContent,
  renderReport,
}: {
  post: PostView;
  ownContent: boolean;
  renderReport: PostDetailProps['renderReport'];
}) {
  const report = !ownContent && !post.draft && renderReport;
  if (!report && !post.canModerate) return null;
  return (
    <div className="post-actions">
      {report ? report({ type: 'post', id: String(post.id) }) : null}
      {post.canModerate ? <ModerateLink type="post" id={post.id} testId="post-moderate" /> : null}
    </div>
  );
}

function ModerationPanels({ post, isAdmin }: { post: PostView; isAdmin: boolean }) {
  const { t } = useTranslation();
  const moderateStatus = post.canModerate && post.kind !== 'practice';
  const pin = isAdmin && !post.draft;
  if (!moderateStatus && !pin) return null;
  return (
    <section className="panel stack" aria-labelledby="moderation-title" data-testid="moderation">
      <h2 id="moderation-title" className="panel__title">
        {t('moderation.title')}
      </h2>
      {moderateStatus ? <StatusPanel key={post.status} post={post} /> : null}
      {pin ? <PinPanel post={post} /> : null}
    </section>
  );
}
