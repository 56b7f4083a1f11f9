import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationAction, ModerationItemView } from '@/api-types/moderation';
import { FieldError } from '@/components/form/field-error';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { fieldErrorsOf } from '@/lib/field-errors';
import { errorMessageKey } from '@/lib/error-messages';
import { useTakeModerationAction } from '@/features/moderation/api/take-moderation-action';

/** The server's limit; the field stops there rather than failing on submit. */
export const MAX_REASON_LENGTH = 2000;

export interface ActionDialogProps {
  item: Pick<ModerationItemView, 'type' | 'id' | 'title'>;
  action: ModerationAction;
  onClose: () => void;
  onDone: (item: ModerationItemView) => void;
}

/** Every action is explained to the author: the reason (for a warning, the message) is required. */
export function ActionDialog({ item, action, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const ids = { reason: useId(), reasonError: useId(), hint: useId() };
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useTakeModerationAction(item.type, item.id);

  const serverError = fieldErrorsOf(mutation.error).reason;
  const reasonError = missing ? 'REQUIRED' : serverError;
  const describedBy = [ids.hint, reasonError ? ids.reasonError : null].filter(Boolean).join(' ');

  return (
    <Dialog open title={t(`modq.actions.${action}.title`)} onClose={onClose} testId="modq-dialog">
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = reason.trim();
          if (!trimmed) {
            setMissing(true);
            return;
          }
          mutation.mutate({ action, reason: trimmed }, { onSuccess: onDone });
        }}
      >
        <p className="muted">{item.title}</p>
        <div className="field">
          <label htmlFor={ids.reason} className="field__label">
            {action === 'warn' ? t('modq.actions.messageLabel') : t('modq.actions.reasonLabel')}
          </label>
          <textarea
            id={ids.reason}
            className="input textarea"
            rows={4}
            required
            maxLength={MAX_REASON_LENGTH}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy}
            data-testid="modq-reason"
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
          />
          <p id={ids.hint} className="field__hint">
            {action === 'warn' ? t('modq.actions.messageHint') : t('modq.actions.reasonHint')}
          </p>
          <FieldError id={ids.reasonError} code={reasonError} />
        </div>
        {mutation.isError && !serverError ? (
          <p className="inline-error" role="alert" data-testid="modq-action-error">
            {t(errorMessageKey(mutation.error, 'modq'))}
          </p>
        ) : null}
        <div className="composer__actions">
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            className={action === 'delete' ? 'button--danger' : undefined}
            disabled={mutation.isPending}
            data-testid="modq-action-submit"
          >
            {t(`modq.actions.${action}.submit`)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
