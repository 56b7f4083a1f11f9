import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { Composer } from '@/features/posts/components/composer/composer';
import { MyDrafts } from '@/features/posts/components/my-drafts';
import { isPostKind } from '@/features/posts/utils/feed-filters';
import { VideoAttachments } from '@/features/videos/components/video-attachments';
import type { PostPageState } from '@/app/routes/post';

export function NewPostRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  return (
    <section className="page stack page--narrow">
      <title>{`${t('composer.newTitle')} · Bravo`}</title>
      <h1>{t('composer.newTitle')}</h1>
      <MyDrafts />
      <Composer
        mode={{ type: 'create', kind: isPostKind(kind) ? kind : 'practice' }}
        renderVideos={(field) => <VideoAttachments {...field} />}
        onSaved={(post, published) => {
          // A saved draft continues in the edit page, so the next save updates it.
          void navigate(published ? paths.post.getHref(post.id) : paths.editPost.getHref(post.id), {
            replace: true,
            state: published ? ({ saved: 'published' } satisfies PostPageState) : undefined,
          });
        }}
      />
    </section>
  );
}
