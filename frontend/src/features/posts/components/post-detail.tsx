import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostView } from '@/api-types/posts';
import type { ContentRef } from '@/api-types/reports';
import type { VideoView } from '@/api-types/videos';
import {
  ContentDetail,
  ContentLoadState,
  ReportAndModerate,
} from '@/components/content/content-detail';
import { ModerateLink } from '@/components/ui/moderate-link';
import { ModerationNotice } from '@/components/ui/moderation-notice';
import { paths } from '@/config/paths';
import { errorMessageKey } from '@/lib/error-messages';
import { isFuture } from '@/lib/format-date';
import { usePost } from '@/features/posts/api/get-post';
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
    return (
      <ContentLoadState
        query={postQuery}
        loadingLabel={t('post.loading')}
        lines={1}
        errorTitle={t('post.errorTitle')}
        errorMessage={t(errorMessageKey(postQuery.error))}
      />
    );
  }

  // Unknown while the profile loads: nothing is offered rather than a report of one's own.
  const mayReport = currentUsername !== undefined && post.author.username !== currentUsername;
  const report = mayReport && !post.draft && renderReport;
  return (
    <ContentDetail
      testId="post-detail"
      dataAttributes={{ 'data-post-id': post.id }}
      documentTitle={post.title}
      header={<PostHeader post={post} />}
      bodyHtml={post.bodyHtml}
      bodyTestId="post-body"
      videos={post.videos.length > 0 ? renderVideos?.(post.videos) : null}
      photos={post.photos}
      afterPhotos={<TagList tags={post.tags} />}
      bar={
        <>
          <PostBravo post={post} ownContent={post.author.username === currentUsername} />
          <PostActions post={post} onDeleted={onDeleted} />
          <ReportAndModerate
            report={report ? report({ type: 'post', id: String(post.id) }) : null}
            moderate={
              post.canModerate ? (
                <ModerateLink type="post" id={post.id} testId="post-moderate" />
              ) : null
            }
          />
        </>
      }
      panels={<ModerationPanels post={post} isAdmin={isAdmin} />}
    />
  );
}

function PostHeader({ post }: { post: PostView }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
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
