import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ContentRef } from '@/api-types/reports';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessageKey } from '@/lib/error-messages';
import { parseId } from '@/lib/route-params';
import { canAdminister, canModerate } from '@/lib/roles';
import { parseVideoMoment } from '@/lib/video-moment';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { usePost } from '@/features/posts/api/get-post';
import { postKeys } from '@/features/posts/api/post-keys';
import { PostDetail } from '@/features/posts/components/post-detail';
import { useMe } from '@/features/profile/api/get-me';
import { ReportButton } from '@/features/reports/components/report-button';
import { VideoList } from '@/features/videos/components/video-list';
import { NotFoundRoute } from '@/app/routes/not-found';

// The post, its comments and its films each offer this in their own place; the owners of the
// content (known to each feature) are left out by the features themselves.
function renderReport(content: ContentRef) {
  return <ReportButton content={content} />;
}

export function PostRoute() {
  const id = parseId(useParams().id);
  if (id === null) return <NotFoundRoute />;
  return <PostPage id={id} />;
}

/** Set by the composers when they open the post they just saved, so the page can say so. */
export interface PostPageState {
  saved?: 'published' | 'updated';
}

function savedState(state: unknown): PostPageState['saved'] {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return undefined;
  return state.saved === 'published' || state.saved === 'updated' ? state.saved : undefined;
}

function PostPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const saved = savedState(useLocation().state);
  // Shared with PostDetail through the cache: the comments need to know whether they are open.
  const post = usePost(id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A search hit on a caption opens the page at that film and moment.
  const [params] = useSearchParams();
  const videoMoment = parseVideoMoment(params);
  const moderator = canModerate(me.data?.roles);

  // A post that does not exist (or is hidden from this reader) is one "not found" page, not a failed
  // post above a comment box that works.
  if (post.error instanceof ApiError && post.error.status === 404) {
    return <NotFoundRoute message={t(errorMessageKey(post.error))} />;
  }

  return (
    <section className="page stack stack--loose">
      {saved && post.data ? (
        <p className="notice notice--success" role="status" data-testid="post-saved">
          {t(saved === 'published' ? 'post.savedPublished' : 'post.savedUpdated')}
        </p>
      ) : null}
      <PostDetail
        id={id}
        currentUsername={me.data?.username}
        isAdmin={canAdminister(me.data?.roles)}
        onDeleted={() => {
          void navigate(paths.home.getHref(), { replace: true });
        }}
        renderReport={renderReport}
        renderVideos={(videos) => (
          <VideoList
            videos={videos}
            moment={videoMoment}
            // Fresh signed URLs, processing done, or captions changed: the post says so.
            onExpired={() => void queryClient.invalidateQueries({ queryKey: postKeys.detail(id) })}
            canModerate={moderator}
            renderReport={renderReport}
          />
        )}
      />
      {post.data ? (
        <CommentsSection
          target={{ type: 'post', id }}
          currentUsername={me.data?.username}
          // Hidden content takes no new comments either.
          closed={post.data.commentsLocked || post.data.hidden}
          canModerate={moderator}
          renderReport={renderReport}
          // The post's comment count (page and feeds) depends on the comments.
          onChanged={() => void queryClient.invalidateQueries({ queryKey: postKeys.all })}
        />
      ) : null}
    </section>
  );
}
