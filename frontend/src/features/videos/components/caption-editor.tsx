import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptionCue, CaptionLang, VideoView } from '@/api-types/videos';
import { FieldError } from '@/components/form/field-error';
import { Button } from '@/components/ui/button';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';
import { useDescribeError } from '@/lib/error-messages';
import { fieldErrorsOf } from '@/lib/field-errors';
import { useCaptions } from '@/features/videos/api/get-captions';
import { useDeleteCaptions } from '@/features/videos/api/delete-captions';
import { useSaveCaptions } from '@/features/videos/api/save-captions';
import {
  cuesFromRows,
  formatTimestamp,
  parseTimestamp,
  rowsFromCues,
  serializeWebVtt,
} from '@/features/videos/utils/webvtt';
import type { CueRow, CueRowError } from '@/features/videos/utils/webvtt';

const LANGS: readonly CaptionLang[] = ['fr', 'en'];
/** A cue's start and end, each typed in its own box, with an example of the expected form. */
const CUE_BOUNDS = [
  { bound: 'start', placeholder: '00:00.000' },
  { bound: 'end', placeholder: '00:02.000' },
] as const;
/** A new caption lasts this long by default, starting where the previous one ends. */
const NEW_CUE_MS = 2_000;

export interface CaptionEditorProps {
  video: VideoView;
  /** Captions were saved or deleted: refetch what carries the video, for its `<track>`s. */
  onChanged: () => void;
}

/** For the uploader: captions per language, from a .vtt file or written cue by cue. */
export function CaptionEditor({ video, onChanged }: CaptionEditorProps) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [lang, setLang] = useState<CaptionLang>(i18n.language.startsWith('en') ? 'en' : 'fr');
  const exists = video.captions.some((caption) => caption.lang === lang);
  const captions = useCaptions(video.id, lang, exists);
  const save = useSaveCaptions(video.id);
  const remove = useDeleteCaptions(video.id);

  function body() {
    if (exists && captions.isPending) {
      return <Skeleton label={t('videos.captions.loading')} lines={3} />;
    }
    if (exists && captions.isError) {
      return (
        <p className="inline-error" role="alert">
          {describeError(captions.error)}
        </p>
      );
    }
    return (
      <CueEditor
        // Starts over from the server's cues for each language and after each save.
        key={`${lang}:${String(captions.dataUpdatedAt)}`}
        initial={exists ? (captions.data?.cues ?? []) : []}
        saving={save.isPending}
        error={save.error}
        onSave={(vtt) => {
          save.mutate({ lang, vtt }, { onSuccess: onChanged });
        }}
      />
    );
  }

  return (
    <section className="caption-editor panel stack" data-testid="caption-editor">
      <h3 className="panel__title">{t('videos.captions.title', { name: video.fileName })}</h3>
      <ChoiceGroup
        label={t('videos.captions.language')}
        options={LANGS}
        selected={lang}
        optionLabel={(option) => t(`videos.captions.languages.${option}`)}
        testIdPrefix="caption-lang"
        onSelect={(option) => {
          setLang(option);
          save.reset();
          remove.reset();
        }}
      />
      {body()}
      {exists ? (
        <ConfirmButton
          label={t('videos.captions.delete')}
          question={t('videos.captions.deleteQuestion')}
          confirmLabel={t('common.delete')}
          pending={remove.isPending}
          testId="caption-delete"
          onConfirm={() => {
            remove.mutate(lang, { onSuccess: onChanged });
          }}
        />
      ) : null}
      {remove.isError ? (
        <p className="inline-error" role="alert">
          {describeError(remove.error)}
        </p>
      ) : null}
    </section>
  );
}

interface CueEditorProps {
  initial: readonly CaptionCue[];
  saving: boolean;
  error: unknown;
  onSave: (vtt: string) => void;
}

function CueEditor({ initial, saving, error, onSave }: CueEditorProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const id = useId();
  const [rows, setRows] = useState<CueRow[]>(() => rowsFromCues(initial));
  const [rowErrors, setRowErrors] = useState<Map<number, CueRowError>>(new Map());
  const [empty, setEmpty] = useState(false);
  const vttError = fieldErrorsOf(error).vtt;
  // The server names the faulty line of a file; that detail is worth showing as it is. Not for a
  // blocked word: that message is English only, and the translated field error already says it.
  const vttDetail =
    error instanceof ApiError && vttError !== 'BLOCKED_WORD'
      ? error.errors.find((item) => item.field === 'vtt')?.message
      : '';

  function update(index: number, patch: Partial<CueRow>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setRowErrors(new Map());
  }

  function addRow() {
    setRows((current) => {
      const previousEnd = parseTimestamp(current.at(-1)?.end ?? '') ?? 0;
      return [
        ...current,
        {
          start: formatTimestamp(previousEnd),
          end: formatTimestamp(previousEnd + NEW_CUE_MS),
          text: '',
        },
      ];
    });
    setEmpty(false);
  }

  function submit() {
    const { cues, errors } = cuesFromRows(rows);
    setRowErrors(errors);
    setEmpty(errors.size === 0 && cues.length === 0);
    if (errors.size > 0 || cues.length === 0) return;
    onSave(serializeWebVtt(cues));
  }

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="button button--secondary caption-editor__file">
        <input
          type="file"
          accept=".vtt,text/vtt"
          className="visually-hidden"
          disabled={saving}
          data-testid="caption-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            // Sent as it is: the server checks it and names the faulty line if any.
            void file.text().then(onSave);
          }}
        />
        {t('videos.captions.uploadFile')}
      </label>
      <p className="field__hint">{t('videos.captions.hint')}</p>
      {rows.length === 0 ? <p className="muted">{t('videos.captions.none')}</p> : null}
      <ol className="cue-list" aria-describedby={vttError ? `${id}-error` : undefined}>
        {rows.map((row, index) => {
          const rowError = rowErrors.get(index);
          const number = index + 1;
          return (
            <li key={index} className="cue-row" data-testid="caption-cue">
              {CUE_BOUNDS.map(({ bound, placeholder }) => (
                <input
                  key={bound}
                  className="input cue-row__time"
                  value={row[bound]}
                  aria-label={t(`videos.captions.${bound}`, { index: number })}
                  aria-invalid={rowError === bound || rowError === 'order' ? true : undefined}
                  placeholder={placeholder}
                  data-testid={`caption-cue-${bound}`}
                  onChange={(event) => {
                    update(index, { [bound]: event.target.value });
                  }}
                />
              ))}
              <textarea
                className="input cue-row__text"
                rows={2}
                value={row.text}
                aria-label={t('videos.captions.text', { index: number })}
                aria-invalid={rowError === 'text' ? true : undefined}
                data-testid="caption-cue-text"
                onChange={(event) => {
                  update(index, { text: event.target.value });
                }}
              />
              <Button
                variant="ghost"
                className="cue-row__remove"
                aria-label={t('videos.captions.removeCue', { index: number })}
                onClick={() => {
                  setRows((current) => current.filter((_, i) => i !== index));
                  setRowErrors(new Map());
                }}
              >
                <span aria-hidden="true">×</span>
              </Button>
              {rowError ? (
                <p className="field-error cue-row__error" data-testid="caption-cue-error">
                  {t(`videos.captions.rowErrors.${rowError}`)}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {empty ? (
        <p className="field-error" role="alert">
          {t('videos.captions.empty')}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} code={vttError} />
      {vttError && vttDetail ? (
        <p className="field__hint" data-testid="caption-error-detail">
          {vttDetail}
        </p>
      ) : null}
      {error && !vttError ? (
        <p className="inline-error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
      <div className="composer__actions">
        <Button variant="secondary" onClick={addRow} data-testid="caption-add">
          {t('videos.captions.add')}
        </Button>
        <Button type="submit" disabled={saving} data-testid="caption-save">
          {t('videos.captions.save')}
        </Button>
      </div>
    </form>
  );
}
