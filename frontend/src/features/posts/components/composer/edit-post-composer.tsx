import { useTranslation } from 'react-i18next';
import type { PostView } from '@/api-types/posts';
import { ErrorState } from '@/components/ui/error-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { usePost } from '@/features/posts/api/get-post';
import { Composer } from '@/features/posts/components/composer/composer';
import type { ComposerProps } from '@/features/posts/components/composer/composer';

export interface EditPostComposerProps {
  id: number;
  /** `wasDraft`: the post was a draft before this save, so publishing it is its first publication. */
  onSaved: (post: PostView, published: boolean, wasDraft: boolean) => void;
  renderVideos?: ComposerProps['renderVideos'];
}

export function EditPostComposer({ id, onSaved, renderVideos }: EditPostComposerProps) {
  const { t } = useTranslation();
  const postQuery = usePost(id);

  const post = postQuery.data;
  // Once loaded, the form stays: a failed background refetch must not throw away the edits.
  if (!post) {
    if (postQuery.isPending) return <Skeleton label={t('post.loading')} lines={4} />;
    return (
      <QueryErrorState
        title={t('post.errorTitle')}
        error={postQuery.error}
        onRetry={() => void postQuery.refetch()}
      />
    );
  }
  if (!post.canEdit) {
    return <ErrorState title={t('post.errorTitle')} message={t('errors.codes.FORBIDDEN')} />;
  }
  // Keyed so that the form starts over if another post is opened in the same route.
  return (
    <Composer
      key={id}
      mode={{ type: 'edit', post }}
      onSaved={(saved, published) => {
        onSaved(saved, published, post.draft);
      }}
      renderVideos={renderVideos}
    />
  );
}
