import { useTranslation } from 'react-i18next';
import { AdminScreen } from '@/features/admin/components/admin-screen';
import { WatchWordsScreen } from '@/features/admin/components/watch-words-screen';

export function AdminWatchWordsRoute() {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t('admin.watchWords.title')} intro={t('admin.watchWords.intro')}>
      <WatchWordsScreen />
    </AdminScreen>
  );
}
