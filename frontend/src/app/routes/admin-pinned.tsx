import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { PinnedPostsScreen } from '@/features/admin/components/pinned-posts-screen';
import { postKeys } from '@/features/posts/api/post-keys';

export function AdminPinnedRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <AdminScreen title={t('admin.pinned.title')} intro={t('admin.pinned.intro')}>
      {/* Feeds show pinned posts first; the post pages show the pin. */}
      <PinnedPostsScreen
        onChanged={() => void queryClient.invalidateQueries({ queryKey: postKeys.all })}
      />
    </AdminScreen>
  );
}
