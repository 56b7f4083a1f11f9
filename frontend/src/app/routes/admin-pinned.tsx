import { useQueryClient } from '@tanstack/react-query';
import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { PinnedPostsScreen } from '@/features/admin/components/pinned-posts-screen';
import { postKeys } from '@/features/posts/api/post-keys';

export function AdminPinnedRoute() {
  const queryClient = useQueryClient();
  return (
    <AdminSectionScreen section="pinned">
      {/* Feeds show pinned posts first; the post pages show the pin. */}
      <PinnedPostsScreen
        onChanged={() => void queryClient.invalidateQueries({ queryKey: postKeys.all })}
      />
    </AdminSectionScreen>
  );
}
