import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_REPORT_DETAILS_LENGTH,
  REPORT_REASONS,
  type ContentRef,
  type ReportReason,
} from '@/api-types/reports';
import { FieldError } from '@/components/form/field-error';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useDescribeError } from '@/lib/error-messages';
import { fieldErrorsOf } from '@/lib/field-errors';
import { useCreateReport } from '@/features/reports/api/create-report';
import {
  detailsRequired,
  isAlreadyReported,
  isOwnContentError,
  toReportRequest,
  validateReport,
  type ReportFormErrors,
  type ReportFormValues,
} from '@/features/reports/utils/report-form';

export interface ReportDialogProps {
  content: ContentRef;
  open: boolean;
  onClose: () => void;
}

/** Asks why the content is reported; the form starts afresh each time the dialog opens. */
export function ReportDialog({ content, open, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t(`report.what.${content.type}`)}
      onClose={onClose}
      testId="report-dialog"
    >
      <ReportForm content={content} onClose={onClose} />
    </Dialog>
  );
}

function ReportForm({ content, onClose }: { content: ContentRef; onClose: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const id = useId();
  const ids = {
    reasonError: `${id}-reason-error`,
    details: `${id}-details`,
    detailsHint: `${id}-details-hint`,
    detailsError: `${id}-details-error`,
  };
  const firstReasonRef = useRef<HTMLInputElement>(null);
  const detailsRef = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState<ReportFormValues>({ reason: null, details: '' });
  const [invalid, setInvalid] = useState<ReportFormErrors>({});
  const report = useCreateReport();

  if (report.isSuccess || isAlreadyReported(report.error)) {
    return (
      <div className="stack">
        <p className="notice" role="status" data-testid="report-done">
          {report.isSuccess ? t('report.received') : t('report.alreadyReported')}
        </p>
        <div className="composer__actions">
          <Button autoFocus data-testid="report-close" onClick={onClose}>
            {t('common.close')}
          </Button>
        </div>
      </div>
    );
  }

  const server = fieldErrorsOf(report.error);
  const errors = {
    reason: invalid.reason ?? server.reason,
    details: invalid.details ?? server.details,
  };
  const generalError =
    report.isError && !errors.reason && !errors.details
      ? isOwnContentError(report.error)
        ? t('report.ownContent')
        : describeError(report.error)
      : null;
  const required = detailsRequired(values.reason);

  function change(next: Partial<ReportFormValues>) {
    setValues((current) => ({ ...current, ...next }));
    setInvalid({});
    // A server refusal is about what was sent; once the form changes it no longer applies.
    if (report.isError) report.reset();
  }

  return (
    <form
      className="stack"
      noValidate
      data-testid="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateReport(values);
        const { reason } = values;
        if (reason === null || found.reason || found.details) {
          setInvalid(found);
          (found.reason ? firstReasonRef : detailsRef).current?.focus();
          return;
        }
        report.mutate(toReportRequest(content, { ...values, reason }));
      }}
    >
      <p className="field__hint">{t('report.intro')}</p>
      <fieldset
        className="field"
        aria-describedby={errors.reason ? ids.reasonError : undefined}
        data-testid="report-reasons"
      >
        <legend className="field__label">{t('report.reason')}</legend>
        <div className="report-form__reasons">
          {REPORT_REASONS.map((reason: ReportReason, index) => (
            <label key={reason} className="report-form__reason">
              <input
                ref={index === 0 ? firstReasonRef : undefined}
                type="radio"
                name={`${id}-reason`}
                value={reason}
                checked={values.reason === reason}
                aria-invalid={errors.reason ? true : undefined}
                data-testid={`report-reason-${reason}`}
                onChange={() => {
                  change({ reason });
                }}
              />
              {t(`report.reasons.${reason}`)}
            </label>
          ))}
        </div>
        <FieldError id={ids.reasonError} code={errors.reason} />
      </fieldset>
      <div className="field">
        <label htmlFor={ids.details} className="field__label">
          {required ? t('report.detailsRequired') : t('report.detailsOptional')}
        </label>
        <textarea
          ref={detailsRef}
          id={ids.details}
          className="input textarea"
          rows={4}
          value={values.details}
          maxLength={MAX_REPORT_DETAILS_LENGTH}
          required={required}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={
            errors.details ? `${ids.detailsError} ${ids.detailsHint}` : ids.detailsHint
          }
          data-testid="report-details"
          onChange={(event) => {
            change({ details: event.target.value });
          }}
        />
        <p id={ids.detailsHint} className="field__hint">
          {t('report.detailsHint', { max: MAX_REPORT_DETAILS_LENGTH })}{' '}
          {t('composer.counter', {
            length: values.details.length,
            max: MAX_REPORT_DETAILS_LENGTH,
          })}
        </p>
        <FieldError id={ids.detailsError} code={errors.details} />
      </div>
      {generalError ? (
        <p className="inline-error" role="alert" data-testid="report-error">
          {generalError}
        </p>
      ) : null}
      <div className="composer__actions">
        <Button variant="ghost" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" disabled={report.isPending} data-testid="report-submit">
          {t('report.submit')}
        </Button>
      </div>
    </form>
  );
}
