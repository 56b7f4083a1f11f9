import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostStatus, PostView } from '@/api-types/posts';
import { Button } from '@/components/ui/button';
import { useDescribeError } from '@/lib/error-messages';
import { useChangePostStatus } from '@/features/posts/api/change-post-status';
import { Field } from '@/components/form/field';
import { fieldErrorsOf } from '@/lib/field-errors';
import { allowedNextStatuses, reasonRequired } from '@/features/posts/utils/status-transitions';

export interface StatusPanelProps {
  post: Pick<PostView, 'id' | 'status'>;
}

/** Moderators move ideas and irritants along their workflow. Mount it keyed by the status. */
export function StatusPanel({ post }: StatusPanelProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const options = allowedNextStatuses(post.status);
  const [next, setNext] = useState<PostStatus | undefined>(options[0]);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const change = useChangePostStatus(post.id);

  if (!next) {
    return (
      <p className="panel__note" data-testid="status-final">
        {t('moderation.final')}
      </p>
    );
  }

  const required = reasonRequired(next);
  const serverReasonError = fieldErrorsOf(change.error).reason;
  const reasonError = missingReason && required ? 'REQUIRED' : serverReasonError;

  return (
    <form
      className="stack stack--tight"
      data-testid="status-panel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (required && !reason.trim()) {
          setMissingReason(true);
          return;
        }
        change.mutate({ status: next, reason: reason.trim() || null });
      }}
    >
      <Field label={t('moderation.nextStatus')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={next}
            data-testid="status-select"
            onChange={(event) => {
              const value = options.find((option) => option === event.target.value);
              if (value) setNext(value);
            }}
          >
            {options.map((status) => (
              <option key={status} value={status}>
                {t(`post.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={required ? t('moderation.reasonRequired') : t('moderation.reasonOptional')}
        error={reasonError}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            value={reason}
            required={required}
            data-testid="status-reason"
            onChange={(event) => {
              setReason(event.target.value);
              setMissingReason(false);
            }}
          />
        )}
      </Field>
      {change.isError && !serverReasonError ? (
        <p className="inline-error" role="alert">
          {describeError(change.error)}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={change.isPending} data-testid="status-submit">
          {t('moderation.changeStatus')}
        </Button>
      </div>
    </form>
  );
}
