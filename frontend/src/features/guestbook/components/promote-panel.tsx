import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '@/api-types/guestbook';
import { Button } from '@/components/ui/button';
import { useDescribeError } from '@/lib/error-messages';
import { fieldErrorsOf } from '@/lib/field-errors';
import { usePromoteEntry } from '@/features/guestbook/api/entry-api';

/**
 * Turns an entry into a practice crediting its shop: closed, a button; open, the practice's title
 * (the start of the entry, to edit) and what promoting it does.
 */
export function PromotePanel({
  entry,
  onPromoted,
}: {
  entry: EntryView;
  onPromoted: (postId: number) => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const promote = usePromoteEntry(entry.id);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(() => entry.excerpt.slice(0, 140));
  const errors = fieldErrorsOf(promote.error);
  if (!open) {
    return (
      <Button
        variant="secondary"
        data-testid="entry-promote-open"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('guestbook.promote.open')}
      </Button>
    );
  }
  return (
    <form
      className="panel stack"
      data-testid="entry-promote"
      onSubmit={(event) => {
        event.preventDefault();
        promote.mutate(
          { title, tags: [] },
          {
            onSuccess: (result) => {
              onPromoted(result.postId);
            },
          },
        );
      }}
    >
      <h2 className="panel__title">{t('guestbook.promote.title')}</h2>
      <p className="field__hint">{t('guestbook.promote.hint', { shop: entry.shop.name })}</p>
      <label className="field">
        <span className="field__label">{t('composer.title')}</span>
        <input
          className="input"
          value={title}
          maxLength={140}
          data-testid="entry-promote-title"
          onChange={(event) => {
            setTitle(event.target.value);
          }}
        />
      </label>
      {errors.title ? <p className="field-error">{t(`fieldErrors.${errors.title}`)}</p> : null}
      {promote.isError && !errors.title ? (
        <p className="inline-error" role="alert">
          {describeError(promote.error)}
        </p>
      ) : null}
      <div className="composer__actions">
        <Button
          variant="ghost"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={promote.isPending} data-testid="entry-promote-submit">
          {t('guestbook.promote.submit')}
        </Button>
      </div>
    </form>
  );
}
