import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/lib/error-messages';
import { Button } from '@/components/ui/button';
import { InlineError } from '@/components/ui/inline-error';
import { useExportWatchWords } from '@/features/admin/api/export-watch-words';
import { useImportWatchWords } from '@/features/admin/api/import-watch-words';
import { importLineErrors } from '@/features/admin/utils/import-errors';
import frAdmin from '@/locales/admin.fr.json';

type KnownLineCode = keyof typeof frAdmin.admin.watchWords.import.codes;

function isKnownLineCode(code: string): code is KnownLineCode {
  return Object.hasOwn(frAdmin.admin.watchWords.import.codes, code);
}

/** The list as a CSV file, out and back in: an import is all or nothing. */
export function WatchWordsTransfer() {
  const { t } = useTranslation();
  const fileId = useId();
  const exporter = useExportWatchWords();
  const importer = useImportWatchWords();
  const lineErrors = importLineErrors(importer.error);

  return (
    <section className="panel stack stack--tight" data-testid="watch-words-transfer">
      <h2 className="panel__title">{t('admin.watchWords.import.title')}</h2>
      <p className="muted">{t('admin.watchWords.import.format')}</p>
      <div className="composer__actions">
        <Button
          variant="secondary"
          disabled={exporter.isPending}
          data-testid="watch-words-export"
          onClick={() => {
            exporter.mutate();
          }}
        >
          {t('admin.watchWords.export')}
        </Button>
        <label htmlFor={fileId} className="button button--secondary">
          {t('admin.watchWords.import.choose')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          disabled={importer.isPending}
          data-testid="watch-words-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so the same file, once corrected, can be chosen again.
            input.value = '';
            if (file) {
              void file.text().then((csv) => {
                importer.mutate(csv);
              });
            }
          }}
        />
      </div>
      <InlineError error={exporter.error} scope="admin" />
      {importer.isPending ? <p role="status">{t('admin.watchWords.import.pending')}</p> : null}
      {importer.isSuccess ? (
        <p className="notice" role="status" data-testid="watch-words-imported">
          {t('admin.watchWords.import.done', { ...importer.data })}
        </p>
      ) : null}
      {importer.isError ? (
        <div className="error-state" role="alert" data-testid="watch-words-import-error">
          {lineErrors.length > 0 ? (
            <>
              <p className="error-state__title">{t('admin.watchWords.import.nothingImported')}</p>
              <p>{t('admin.watchWords.import.fixAndRetry')}</p>
              <ul data-testid="watch-words-import-lines">
                {lineErrors.map((error, index) => (
                  <li key={index}>
                    <strong>
                      {error.line === null
                        ? t('admin.watchWords.import.file')
                        : t('admin.watchWords.import.line', { line: error.line })}
                    </strong>{' '}
                    {isKnownLineCode(error.code)
                      ? t(`admin.watchWords.import.codes.${error.code}`)
                      : error.message || error.code}
                    {isKnownLineCode(error.code) && error.message ? (
                      <span className="muted"> ({error.message})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="error-state__message">{t(errorMessageKey(importer.error, 'admin'))}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
