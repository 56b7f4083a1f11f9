import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format-date';
import { parseId } from '@/lib/route-params';
import { Page } from '@/components/layouts/page';
import { EditPostComposer } from '@/features/posts/components/composer/edit-post-composer';
import { VideoAttachments } from '@/features/videos/components/video-attachments';
import { NotFoundRoute } from '@/app/routes/not-found';
import type { PostPageState } from '@/app/routes/post';

export function EditPostRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  if (id === null) return <NotFoundRoute />;

  return (
    <Page title={t('composer.editTitle')} narrow>
      {savedAt ? (
        <p className="notice" role="status" data-testid="draft-saved">
          {t('composer.draftSaved', { time: formatDateTime(savedAt, i18n.language) })}
        </p>
      ) : null}
      <EditPostComposer
        id={id}
        renderVideos={(field) => <VideoAttachments {...field} />}
        onSaved={(post, published, wasDraft) => {
          if (published) {
            void navigate(paths.post.getHref(post.id), {
              state: { saved: wasDraft ? 'published' : 'updated' } satisfies PostPageState,
            });
          } else setSavedAt(new Date().toISOString());
        }}
      />
    </Page>
  );
}
