import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { ContentRef } from '@/api-types/reports';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';
import { canModerate } from '@/lib/roles';
import { parseVideoMoment } from '@/lib/video-moment';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { useEntry } from '@/features/guestbook/api/entry-api';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';
import { EntryDetail } from '@/features/guestbook/components/entry-detail';
import { useMe } from '@/features/profile/api/get-me';
import { ReportButton } from '@/features/reports/components/report-button';
import { VideoList } from '@/features/videos/components/video-list';
import { NotFoundRoute } from '@/app/routes/not-found';

// The entry, its comments and its films each offer this in their own place; the owners of the
// content (known to each feature) are left out by the features themselves.
function renderReport(content: ContentRef) {
  return <ReportButton content={content} />;
}

export function EntryRoute() {
  const id = parseId(useParams().id);
  if (id === null) return <NotFoundRoute />;
  return <EntryPage id={id} />;
}

function EntryPage({ id }: { id: number }) {
  const me = useMe();
  // Shared with EntryDetail through the cache: the comments need to know whether they are open.
  const entry = useEntry(id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A search hit on a caption opens the page at that film and moment.
  const [params] = useSearchParams();
  const videoMoment = parseVideoMoment(params);
  const moderator = canModerate(me.data?.roles);
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
        renderReport={renderReport}
        renderVideos={(videos) => (
          <VideoList
            videos={videos}
            moment={videoMoment}
            onExpired={() =>
              void queryClient.invalidateQueries({ queryKey: guestbookKeys.entry(id) })
            }
            canModerate={moderator}
            renderReport={renderReport}
          />
        )}
      />
      <CommentsSection
        target={{ type: 'entry', id }}
        currentUsername={me.data?.username}
        // Hidden content takes no new comments either.
        closed={entry.data ? entry.data.commentsLocked || entry.data.hidden : false}
        canModerate={moderator}
        renderReport={renderReport}
        // Comments move the entry's count, and the exchange banner's "engaged" state.
        onChanged={() => {
          void queryClient.invalidateQueries({ queryKey: guestbookKeys.all });
          void queryClient.invalidateQueries({ queryKey: ['exchange'] });
        }}
      />
    </section>
  );
}
