import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchWordAction } from '@/api-types/admin';
import { FieldError } from '@/components/form/field-error';
import { Button } from '@/components/ui/button';
import { fieldErrorsOf } from '@/lib/field-errors';
import { errorMessageKey } from '@/lib/error-messages';
import { useCreateWatchWord } from '@/features/admin/api/create-watch-word';
import { WATCH_WORD_ACTIONS } from '@/features/admin/utils/watch-words';

const MAX_PHRASE_LENGTH = 100;

/** Adds a word or phrase to watch, with what happens to content that uses it. */
export function WatchWordForm() {
  const { t } = useTranslation();
  const ids = { phrase: useId(), phraseError: useId(), action: useId() };
  const [phrase, setPhrase] = useState('');
  const [action, setAction] = useState<WatchWordAction>('flag');
  const [missing, setMissing] = useState(false);
  const create = useCreateWatchWord();
  const phraseError = missing ? 'REQUIRED' : fieldErrorsOf(create.error).phrase;

  return (
    <form
      className="panel stack stack--tight"
      noValidate
      data-testid="watch-word-form"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = phrase.trim();
        if (!trimmed) {
          setMissing(true);
          return;
        }
        create.mutate(
          { phrase: trimmed, action },
          {
            onSuccess: () => {
              setPhrase('');
            },
          },
        );
      }}
    >
      <h2 className="panel__title">{t('admin.watchWords.add')}</h2>
      <div className="field">
        <label htmlFor={ids.phrase} className="field__label">
          {t('admin.watchWords.phrase')}
        </label>
        <input
          id={ids.phrase}
          className="input"
          value={phrase}
          required
          maxLength={MAX_PHRASE_LENGTH}
          aria-invalid={phraseError ? true : undefined}
          aria-describedby={phraseError ? ids.phraseError : undefined}
          data-testid="watch-word-phrase"
          onChange={(event) => {
            setPhrase(event.target.value);
            setMissing(false);
          }}
        />
        <FieldError id={ids.phraseError} code={phraseError} />
      </div>
      <div className="field">
        <label htmlFor={ids.action} className="field__label">
          {t('admin.watchWords.action')}
        </label>
        <select
          id={ids.action}
          className="input"
          value={action}
          data-testid="watch-word-action"
          onChange={(event) => {
            const value = WATCH_WORD_ACTIONS.find((known) => known === event.target.value);
            if (value) setAction(value);
          }}
        >
          {WATCH_WORD_ACTIONS.map((value) => (
            <option key={value} value={value}>
              {t(`admin.watchWords.actions.${value}`)}
            </option>
          ))}
        </select>
        <p className="field__hint">{t(`admin.watchWords.hints.${action}`)}</p>
      </div>
      {create.isError && !fieldErrorsOf(create.error).phrase ? (
        <p className="inline-error" role="alert" data-testid="watch-word-error">
          {t(errorMessageKey(create.error, 'admin'))}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={create.isPending} data-testid="watch-word-submit">
          {t('admin.watchWords.addSubmit')}
        </Button>
      </div>
    </form>
  );
}
