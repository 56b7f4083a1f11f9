import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useWatchWords } from '@/features/admin/api/get-watch-words';
import { WatchWordForm } from '@/features/admin/components/watch-word-form';
import { WatchWordRow } from '@/features/admin/components/watch-word-row';
import { WatchWordsTransfer } from '@/features/admin/components/watch-words-transfer';

/** The words that block, hold or flag what people publish. */
export function WatchWordsScreen() {
  const { t } = useTranslation();
  const words = useWatchWords();

  return (
    <div className="stack">
      <WatchWordForm />
      <WatchWordsTransfer />
      <QueryState
        query={words}
        loading={<Skeleton label={t('common.loading')} lines={4} />}
        errorTitle={t('admin.loadError')}
        isEmpty={(data) => data.length === 0}
        empty={<EmptyState message={t('admin.watchWords.empty')} testId="watch-words-empty" />}
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
      </QueryState>
    </div>
  );
}
