import { useTranslation } from 'react-i18next';
import type { WatchWordView } from '@/api-types/admin';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { InlineError } from '@/components/ui/inline-error';
import { formatDate } from '@/lib/format-date';
import { useDeleteWatchWord } from '@/features/admin/api/delete-watch-word';
import { useUpdateWatchWord } from '@/features/admin/api/update-watch-word';
import { WATCH_WORD_ACTIONS } from '@/features/admin/utils/watch-words';

/** One watched phrase: its action can be changed in place; deleting asks first. */
export function WatchWordRow({ word }: { word: WatchWordView }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateWatchWord(word.id);
  const remove = useDeleteWatchWord(word.id);
  const error = update.error ?? remove.error;

  return (
    <tr data-testid="watch-word-row">
      <td>
        <strong>{word.phrase}</strong>
        <InlineError error={error} scope="admin" />
      </td>
      <td data-label={t('admin.watchWords.action')}>
        <select
          className="input input--auto"
          value={word.action}
          disabled={update.isPending}
          aria-label={t('admin.watchWords.actionOf', { phrase: word.phrase })}
          data-testid="watch-word-row-action"
          onChange={(event) => {
            const action = WATCH_WORD_ACTIONS.find((known) => known === event.target.value);
            if (action) update.mutate({ phrase: word.phrase, action });
          }}
        >
          {WATCH_WORD_ACTIONS.map((value) => (
            <option key={value} value={value}>
              {t(`admin.watchWords.actions.${value}`)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('admin.watchWords.createdAt')}>
        {formatDate(word.createdAt, i18n.language)}
      </td>
      <td>
        <ConfirmButton
          label={t('common.delete')}
          question={t('admin.watchWords.deleteQuestion', { phrase: word.phrase })}
          confirmLabel={t('admin.watchWords.deleteConfirm')}
          pending={remove.isPending}
          testId="watch-word-delete"
          onConfirm={() => {
            remove.mutate();
          }}
        />
      </td>
    </tr>
  );
}
