import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { errorMessageKey } from '@/lib/error-messages';
import { parseId } from '@/lib/route-params';
import { canAdminister } from '@/lib/roles';
import { usePost } from '@/features/posts/api/get-post';
import { postKeys } from '@/features/posts/api/post-keys';
import { PostDetail } from '@/features/posts/components/post-detail';
import { ContentPage } from '@/app/routes/content-page';
import { NotFoundRoute } from '@/app/routes/not-found';

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
  const saved = savedState(useLocation().state);
  // Shared with PostDetail through the cache: the comments need to know whether they are open.
  const post = usePost(id);
  const navigate = useNavigate();

  // A post that does not exist (or is hidden from this reader) is one "not found" page, not a failed
  // post above a comment box that works.
  if (post.error instanceof ApiError && post.error.status === 404) {
    return <NotFoundRoute message={t(errorMessageKey(post.error))} />;
  }

  return (
    <ContentPage
      detailKey={postKeys.detail(id)}
      comments={
        post.data
          ? {
              target: { type: 'post', id },
              closed: post.data.commentsLocked || post.data.hidden,
              // The post's comment count (page and feeds) depends on the comments.
              refresh: [postKeys.all],
            }
          : null
      }
    >
      {({ me, renderReport, renderVideos }) => (
        <>
          {saved && post.data ? (
            <p className="notice notice--success" role="status" data-testid="post-saved">
              {t(saved === 'published' ? 'post.savedPublished' : 'post.savedUpdated')}
            </p>
          ) : null}
          <PostDetail
            id={id}
            currentUsername={me?.username}
            isAdmin={canAdminister(me?.roles)}
            onDeleted={() => {
              void navigate(paths.home.getHref(), { replace: true });
            }}
            renderReport={renderReport}
            renderVideos={renderVideos}
          />
        </>
      )}
    </ContentPage>
  );
}
