import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';
import { parseVideoMoment } from '@/lib/video-moment';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { postKeys } from '@/features/posts/api/post-keys';
import { PostDetail } from '@/features/posts/components/post-detail';
import { isAdmin, useMe } from '@/features/profile/api/get-me';
import { VideoList } from '@/features/videos/components/video-list';
import { NotFoundRoute } from '@/app/routes/not-found';

export function PostRoute() {
  const id = parseId(useParams().id);
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A search hit on a caption opens the page at that film and moment.
  const [params] = useSearchParams();
  const videoMoment = parseVideoMoment(params);
  if (id === null) return <NotFoundRoute />;

  return (
    <section className="page stack stack--loose">
      <PostDetail
        id={id}
        currentUsername={me.data?.username}
        isAdmin={isAdmin(me.data)}
        onDeleted={() => {
          void navigate(paths.home.getHref(), { replace: true });
        }}
        renderVideos={(videos) => (
          <VideoList
            videos={videos}
            moment={videoMoment}
            // Fresh signed URLs, processing done, or captions changed: the post says so.
            onExpired={() => void queryClient.invalidateQueries({ queryKey: postKeys.detail(id) })}
          />
        )}
      />
      <CommentsSection
        target={{ type: 'post', id }}
        currentUsername={me.data?.username}
        // The post's comment count (page and feeds) depends on the comments.
        onChanged={() => void queryClient.invalidateQueries({ queryKey: postKeys.all })}
      />
    </section>
  );
}
