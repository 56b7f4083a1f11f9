import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostView } from '@/api-types/posts';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { paths } from '@/config/paths';
import { useDescribeError } from '@/lib/error-messages';
import { useDeletePost } from '@/features/posts/api/delete-post';

export interface PostActionsProps {
  post: PostView;
  onDeleted: () => void;
}

export function PostActions({ post, onDeleted }: PostActionsProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const deletion = useDeletePost(post.id);
  if (!post.canEdit && !post.canDelete) return null;

  return (
    <div className="post-actions">
      {post.canEdit ? (
        <Link
          to={paths.editPost.getHref(post.id)}
          className="button button--secondary"
          data-testid="post-edit"
        >
          {t('common.edit')}
        </Link>
      ) : null}
      {post.canDelete ? (
        <ConfirmButton
          label={t('common.delete')}
          question={t('post.deleteQuestion')}
          confirmLabel={t('post.deleteConfirm')}
          pending={deletion.isPending}
          testId="post-delete"
          onConfirm={() => {
            deletion.mutate(undefined, { onSuccess: onDeleted });
          }}
        />
      ) : null}
      {deletion.isError ? (
        <p className="inline-error" role="alert">
          {describeError(deletion.error)}
        </p>
      ) : null}
    </div>
  );
}
