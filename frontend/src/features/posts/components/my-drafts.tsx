import { useTranslation } from 'react-i18next';
import { CardList } from '@/components/ui/card-list';
import { useDrafts } from '@/features/posts/api/get-drafts';
import { PostCard } from '@/features/posts/components/post-card';

/** The user's server-side drafts; shows nothing when there are none (or they failed to load). */
export function MyDrafts() {
  const { t } = useTranslation();
  const drafts = useDrafts();
  if (!drafts.data || drafts.data.length === 0) return null;
  return (
    <details className="panel" data-testid="my-drafts">
      <summary className="panel__title">
        {t('composer.myDrafts', { count: drafts.data.length })}
      </summary>
      <CardList
        items={drafts.data}
        keyOf={(post) => post.id}
        className="post-list post-list--compact"
      >
        {(post) => <PostCard post={post} />}
      </CardList>
    </details>
  );
}
