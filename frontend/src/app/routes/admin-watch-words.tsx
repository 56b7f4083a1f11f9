import { AdminSectionScreen } from '@/features/admin/components/admin-screen';
import { WatchWordsScreen } from '@/features/admin/components/watch-words-screen';

export function AdminWatchWordsRoute() {
  return (
    <AdminSectionScreen section="watchWords">
      <WatchWordsScreen />
    </AdminSectionScreen>
  );
}
