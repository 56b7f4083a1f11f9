import { useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';
import { useEntry } from '@/features/guestbook/api/entry-api';
import { guestbookKeys } from '@/features/guestbook/api/guestbook-keys';
import { EntryDetail } from '@/features/guestbook/components/entry-detail';
import { ContentPage } from '@/app/routes/content-page';
import { NotFoundRoute } from '@/app/routes/not-found';

export function EntryRoute() {
  const id = parseId(useParams().id);
  if (id === null) return <NotFoundRoute />;
  return <EntryPage id={id} />;
}

function EntryPage({ id }: { id: number }) {
  // Shared with EntryDetail through the cache: the comments need to know whether they are open.
  const entry = useEntry(id);
  const navigate = useNavigate();
  return (
    <ContentPage
      detailKey={guestbookKeys.entry(id)}
      comments={{
        target: { type: 'entry', id },
        closed: entry.data ? entry.data.commentsLocked || entry.data.hidden : false,
        // Comments move the entry's count, and the exchange banner's "engaged" state.
        refresh: [guestbookKeys.all, ['exchange']],
      }}
    >
      {({ me, renderReport, renderVideos }) => (
        <EntryDetail
          id={id}
          currentUsername={me?.username}
          onDeleted={(shop) => {
            void navigate(paths.guestbook.getHref(shop), { replace: true });
          }}
          onPromoted={(postId) => {
            void navigate(paths.post.getHref(postId));
          }}
          renderReport={renderReport}
          renderVideos={renderVideos}
        />
      )}
    </ContentPage>
  );
}
