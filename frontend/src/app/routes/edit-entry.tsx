import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { parseId } from '@/lib/route-params';
import { Page } from '@/components/layouts/page';
import { useEntry } from '@/features/guestbook/api/entry-api';
import { EntryComposer } from '@/features/guestbook/components/entry-composer';
import { VideoAttachments } from '@/features/videos/components/video-attachments';
import { NotFoundRoute } from '@/app/routes/not-found';

export function EditEntryRoute() {
  const id = parseId(useParams().id);
  if (id === null) return <NotFoundRoute />;
  return <EditEntry id={id} />;
}

function EditEntry({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const entry = useEntry(id);
  return (
    <Page title={t('guestbook.editTitle')} narrow>
      {entry.data ? (
        <EntryComposer
          mode={{ type: 'edit', entry: entry.data }}
          renderVideos={(field) => <VideoAttachments {...field} />}
          onSaved={(saved) => {
            void navigate(paths.entry.getHref(saved.id), { replace: true });
          }}
        />
      ) : entry.isPending ? (
        <Skeleton label={t('guestbook.loading')} lines={4} />
      ) : (
        <QueryErrorState
          title={t('guestbook.entryErrorTitle')}
          error={entry.error}
          onRetry={() => void entry.refetch()}
        />
      )}
    </Page>
  );
}
