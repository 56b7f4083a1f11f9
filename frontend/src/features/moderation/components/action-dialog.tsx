import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationAction, ModerationItemView } from '@/api-types/moderation';
import { Field } from '@/components/form/field';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InlineError } from '@/components/ui/inline-error';
import { fieldErrorsOf } from '@/lib/field-errors';
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
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useTakeModerationAction(item.type, item.id);

  const serverError = fieldErrorsOf(mutation.error).reason;
  const reasonError = missing ? 'REQUIRED' : serverError;

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
        <Field
          label={action === 'warn' ? t('modq.actions.messageLabel') : t('modq.actions.reasonLabel')}
          hint={action === 'warn' ? t('modq.actions.messageHint') : t('modq.actions.reasonHint')}
          describeHint
          error={reasonError}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={4}
              required
              maxLength={MAX_REASON_LENGTH}
              value={reason}
              data-testid="modq-reason"
              onChange={(event) => {
                setReason(event.target.value);
                setMissing(false);
              }}
            />
          )}
        </Field>
        <InlineError
          error={serverError ? null : mutation.error}
          scope="modq"
          testId="modq-action-error"
        />
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
