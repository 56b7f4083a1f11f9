import { useTranslation } from 'react-i18next';
import { useWatchWords } from '@/features/admin/api/get-watch-words';
import { WatchWordForm } from '@/features/admin/components/watch-word-form';
import { WatchWordRow } from '@/features/admin/components/watch-word-row';
import { WatchWordsTransfer } from '@/features/admin/components/watch-words-transfer';
import { AdminList } from '@/features/admin/components/admin-list';

/** The words that block, hold or flag what people publish. */
export function WatchWordsScreen() {
  const { t } = useTranslation();
  const words = useWatchWords();

  return (
    <div className="stack">
      <WatchWordForm />
      <WatchWordsTransfer />
      <AdminList
        query={words}
        skeletonLines={4}
        empty={{ message: t('admin.watchWords.empty'), testId: 'watch-words-empty' }}
      >
        {(data) => (
          <table className="table table--cards" data-testid="watch-words-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.watchWords.phrase')}</th>
                <th scope="col">{t('admin.watchWords.action')}</th>
                <th scope="col">{t('admin.watchWords.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((word) => (
                <WatchWordRow key={word.id} word={word} />
              ))}
            </tbody>
          </table>
        )}
      </AdminList>
    </div>
  );
}
