import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchWordAction } from '@/api-types/admin';
import { Field } from '@/components/form/field';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { fieldErrorsOf } from '@/lib/field-errors';
import { useCreateWatchWord } from '@/features/admin/api/create-watch-word';
import { WATCH_WORD_ACTIONS } from '@/features/admin/utils/watch-words';
import { CheckedForm } from '@/features/admin/components/checked-form';

const MAX_PHRASE_LENGTH = 100;

/** Adds a word or phrase to watch, with what happens to content that uses it. */
export function WatchWordForm() {
  const { t } = useTranslation();
  const [phrase, setPhrase] = useState('');
  const [action, setAction] = useState<WatchWordAction>('flag');
  const [missing, setMissing] = useState(false);
  const create = useCreateWatchWord();
  const phraseError = missing ? 'REQUIRED' : fieldErrorsOf(create.error).phrase;

  return (
    <CheckedForm
      className="panel stack stack--tight"
      testId="watch-word-form"
      onSubmit={() => {
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
      <Field label={t('admin.watchWords.phrase')} error={phraseError}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={phrase}
            required
            maxLength={MAX_PHRASE_LENGTH}
            data-testid="watch-word-phrase"
            onChange={(event) => {
              setPhrase(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <Field label={t('admin.watchWords.action')} hint={t(`admin.watchWords.hints.${action}`)}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <InlineError
        error={fieldErrorsOf(create.error).phrase ? null : create.error}
        scope="admin"
        testId="watch-word-error"
      />
      <div>
        <Button type="submit" disabled={create.isPending} data-testid="watch-word-submit">
          {t('admin.watchWords.addSubmit')}
        </Button>
      </div>
    </CheckedForm>
  );
}
