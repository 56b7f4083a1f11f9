import { useTranslation } from 'react-i18next';
import type { PostView } from '@/api-types/posts';
import { ContentActions } from '@/components/content/content-detail';
import { paths } from '@/config/paths';
import { useDeletePost } from '@/features/posts/api/delete-post';

export interface PostActionsProps {
  post: PostView;
  onDeleted: () => void;
}

export function PostActions({ post, onDeleted }: PostActionsProps) {
  const { t } = useTranslation();
  const deletion = useDeletePost(post.id);
  return (
    <ContentActions
      editHref={post.canEdit ? paths.editPost.getHref(post.id) : undefined}
      editTestId="post-edit"
      canDelete={post.canDelete}
      deleteQuestion={t('post.deleteQuestion')}
      deleteConfirmLabel={t('post.deleteConfirm')}
      deleteTestId="post-delete"
      deletion={deletion}
      onDelete={() => {
        deletion.mutate(undefined, { onSuccess: onDeleted });
      }}
    />
  );
}
