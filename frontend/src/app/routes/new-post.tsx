import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { Page } from '@/components/layouts/page';
import { Composer } from '@/features/posts/components/composer/composer';
import { useMe } from '@/features/profile/api/get-me';
import { PostShopSelect } from '@/features/shops/components/post-shop-select';
import { MyDrafts } from '@/features/posts/components/my-drafts';
import { isPostKind } from '@/features/posts/utils/feed-filters';
import { VideoAttachments } from '@/features/videos/components/video-attachments';
import type { PostPageState } from '@/app/routes/post';

export function NewPostRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const me = useMe();
  // People with a shop post for it; the others (head office) say which shop, if any.
  const withoutShop = me.data?.shop === null;
  return (
    <Page title={t('composer.newTitle')} narrow>
      <MyDrafts />
      <Composer
        mode={{ type: 'create', kind: isPostKind(kind) ? kind : 'practice' }}
        renderVideos={(field) => <VideoAttachments {...field} />}
        renderShop={withoutShop ? (field) => <PostShopSelect {...field} /> : undefined}
        onSaved={(post, published) => {
          // A saved draft continues in the edit page, so the next save updates it.
          void navigate(published ? paths.post.getHref(post.id) : paths.editPost.getHref(post.id), {
            replace: true,
            state: published ? ({ saved: 'published' } satisfies PostPageState) : undefined,
          });
        }}
      />
    </Page>
  );
}
