import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Feed } from '@/features/posts/components/feed';
import { isPostKind } from '@/features/posts/utils/feed-filters';

export function PostsRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const title = isPostKind(kind) ? t(`post.kindPlural.${kind}`) : t('feed.title');
  return (
    <section className="page stack">
      <title>{`${title} · Bravo`}</title>
      <h1>{title}</h1>
      <Feed />
    </section>
  );
}
