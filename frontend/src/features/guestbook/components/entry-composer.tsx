import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '@/api-types/guestbook';
import { ComposerShell } from '@/components/composer/composer-shell';
import type {
  ComposerShellTestIds,
  ComposerVideoField,
} from '@/components/composer/composer-shell';
import { BodyField } from '@/components/form/body-field';
import { FieldError } from '@/components/form/field-error';
import { Button } from '@/components/ui/button';
import { useComposerOutbox } from '@/hooks/use-composer-outbox';
import type { ComposerDraft } from '@/hooks/use-composer-outbox';
import { labelOf } from '@/lib/offline/send-or-queue';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { FieldErrors } from '@/lib/field-errors';
import {
  OUTBOX_ENTRY,
  entryEditItem,
  useCreateEntry,
  useUpdateEntry,
} from '@/features/guestbook/api/entry-api';
import type { QueuedEntry, QueuedEntryEdit } from '@/features/guestbook/api/entry-api';
import {
  ENTRY_KINDS,
  MAX_ENTRY_LENGTH,
  emptyEntry,
  hasMedia,
  toEntryRequest,
  today,
  validateEntry,
  valuesFromEntry,
} from '@/features/guestbook/utils/entry-form';
import type { EntryFormValues } from '@/features/guestbook/utils/entry-form';

const TEST_IDS: ComposerShellTestIds = {
  form: 'entry-composer',
  queued: 'entry-queued',
  error: 'entry-composer-error',
  waitVideos: 'entry-wait-videos',
};

export type EntryComposerMode =
  { type: 'create'; shop: string } | { type: 'edit'; entry: EntryView };

/** What the videos field gets; the app layer renders it (videos are another feature). */
export type EntryVideoField = ComposerVideoField;

export interface EntryComposerProps {
  mode: EntryComposerMode;
  onSaved: (entry: EntryView) => void;
  renderVideos?: ((field: EntryVideoField) => ReactNode) | undefined;
}

/**
 * Phone-first: one column, camera button first, the consent question right under the photos and
 * videos (films show customers as much as photos do).
 */
export function EntryComposer({ mode, onSaved, renderVideos }: EntryComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<EntryFormValues>(() =>
    mode.type === 'create' ? emptyEntry() : valuesFromEntry(mode.entry),
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const create = useCreateEntry(mode.type === 'create' ? mode.shop : mode.entry.shop.code);
  const update = useUpdateEntry(mode.type === 'edit' ? mode.entry.id : 0);
  const saving = mode.type === 'create' ? create : update;
  const outbox = useComposerOutbox((photo) => {
    setValues((current) => ({ ...current, photos: [...current.photos, photo] }));
  });
  const { uploads } = outbox;
  const errors: FieldErrors = { ...fieldErrorsOf(saving.error), ...clientErrors };

  function change(patch: Partial<EntryFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setClientErrors({});
    outbox.setQueued(false);
  }

  /** Kept in the outbox: said here until the person writes again (a new entry's form starts afresh). */
  function markQueued() {
    if (mode.type === 'create') setValues(emptyEntry());
    outbox.setQueued(true);
  }

  /** No network: the entry or its change goes to the outbox with the photos still held, and leaves from there. */
  function queue() {
    const request = toEntryRequest(values, uploads.held);
    const draft: ComposerDraft<QueuedEntry | QueuedEntryEdit> =
      mode.type === 'create'
        ? { type: OUTBOX_ENTRY, label: labelOf(values.body), payload: { shop: mode.shop, request } }
        : entryEditItem({ id: mode.entry.id, request });
    outbox.queue(draft, markQueued);
  }

  function submit() {
    const found = validateEntry(values, uploads.held);
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    if (outbox.mustQueue()) {
      queue();
      return;
    }
    const request = toEntryRequest(values);
    if (mode.type === 'create') create.mutate(request, { onSuccess: onSaved });
    else {
      update.mutate(request, {
        // No answer from the network: the change waits in the outbox, and the form says so.
        onSuccess: (sent) => {
          if (sent.queued) markQueued();
          else onSaved(sent.result);
        },
      });
    }
  }

  const withMedia = hasMedia(values) || uploads.held > 0;
  return (
    <ComposerShell
      testIds={TEST_IDS}
      onSubmit={submit}
      outbox={outbox}
      saving={saving}
      photos={values.photos}
      photoError={errors.photoIds}
      onPhotosChange={(update) => {
        setValues((current) => ({ ...current, photos: update(current.photos) }));
      }}
      renderVideos={renderVideos}
      videoField={{
        videoIds: values.videoIds,
        onChange: (update) => {
          setValues((current) => ({ ...current, videoIds: update(current.videoIds) }));
        },
        error: errors.videoIds,
        known: mode.type === 'edit' ? mode.entry.videos : undefined,
        storageId: mode.type === 'edit' ? `entry-${mode.entry.id}` : `entry-new-${mode.shop}`,
      }}
      afterMedia={
        withMedia ? (
          <fieldset
            className="field consent"
            data-testid="entry-customer-question"
            aria-describedby={errors.photosShowCustomer ? `${id}-customer-error` : undefined}
          >
            <legend className="field__label">{t('guestbook.composer.showsCustomer')}</legend>
            <div className="consent__choices">
              {[true, false].map((answer) => (
                <label key={String(answer)} className="consent__choice">
                  <input
                    type="radio"
                    name="photos-show-customer"
                    checked={values.photosShowCustomer === answer}
                    data-testid={`entry-shows-customer-${answer ? 'yes' : 'no'}`}
                    onChange={() => {
                      change({
                        photosShowCustomer: answer,
                        customerConsent: answer && values.customerConsent,
                      });
                    }}
                  />
                  {answer ? t('common.yes') : t('common.no')}
                </label>
              ))}
            </div>
            <FieldError id={`${id}-customer-error`} code={errors.photosShowCustomer} />
            {values.photosShowCustomer ? (
              <label className="consent__tick">
                <input
                  type="checkbox"
                  checked={values.customerConsent}
                  data-testid="entry-consent"
                  aria-describedby={
                    errors.customerConsent ? `${id}-consent-error` : `${id}-consent-hint`
                  }
                  onChange={(event) => {
                    change({ customerConsent: event.target.checked });
                  }}
                />
                {t('guestbook.composer.consent')}
              </label>
            ) : null}
            {values.photosShowCustomer ? (
              <p id={`${id}-consent-hint`} className="field__hint">
                {t('guestbook.composer.consentHint')}
              </p>
            ) : null}
            {errors.customerConsent ? (
              <p
                id={`${id}-consent-error`}
                className="field-error"
                data-testid="entry-consent-error"
              >
                {t('guestbook.composer.consentRequired')}
              </p>
            ) : null}
          </fieldset>
        ) : null
      }
      actions={
        <Button
          type="submit"
          disabled={saving.isPending || outbox.waiting}
          data-testid="entry-publish"
        >
          {mode.type === 'create' ? t('guestbook.composer.publish') : t('composer.saveChanges')}
        </Button>
      }
    >
      <fieldset className="kind-picker">
        <legend className="field__label">{t('guestbook.composer.kind')}</legend>
        <div className="kind-picker__options">
          {ENTRY_KINDS.map((kind) => (
            <label key={kind} className="kind-option">
              <input
                type="radio"
                name="entry-kind"
                value={kind}
                checked={values.kind === kind}
                data-testid={`entry-kind-${kind}`}
                onChange={() => {
                  change({ kind });
                }}
              />
              <span className="kind-option__name">{t(`guestbook.kind.${kind}`)}</span>
              <span className="kind-option__hint">{t(`guestbook.kindHint.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-date`} className="field__label">
          {t('guestbook.composer.date')}
        </label>
        <input
          id={`${id}-date`}
          type="date"
          className="input"
          value={values.date}
          max={today()}
          data-testid="entry-date"
          aria-describedby={errors.date ? `${id}-date-error` : undefined}
          onChange={(event) => {
            change({ date: event.target.value });
          }}
        />
        <FieldError id={`${id}-date-error`} code={errors.date} />
      </div>
      <BodyField
        value={values.body}
        error={errors.body}
        maxLength={MAX_ENTRY_LENGTH}
        label={t('guestbook.composer.body')}
        onChange={(body) => {
          change({ body });
        }}
      />
    </ComposerShell>
  );
}
