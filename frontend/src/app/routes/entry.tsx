import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';
import { parseVideoMoment } from '@/lib/video-moment';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';
import { EntryDetail } from '@/features/guestbook/components/entry-detail';
import { useMe } from '@/features/profile/api/get-me';
import { VideoList } from '@/features/videos/components/video-list';
import { NotFoundRoute } from '@/app/routes/not-found';

export function EntryRoute() {
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
      <EntryDetail
        id={id}
        currentUsername={me.data?.username}
        onDeleted={(shop) => {
          void navigate(paths.guestbook.getHref(shop), { replace: true });
        }}
        onPromoted={(postId) => {
          void navigate(paths.post.getHref(postId));
        }}
        renderVideos={(videos) => (
          <VideoList
            videos={videos}
            moment={videoMoment}
            onExpired={() =>
              void queryClient.invalidateQueries({ queryKey: guestbookKeys.entry(id) })
            }
          />
        )}
      />
      <CommentsSection
        target={{ type: 'entry', id }}
        currentUsername={me.data?.username}
        // Comments move the entry's count, and the exchange banner's "engaged" state.
        onChanged={() => {
          void queryClient.invalidateQueries({ queryKey: guestbookKeys.all });
          void queryClient.invalidateQueries({ queryKey: ['exchange'] });
        }}
      />
    </section>
  );
}
