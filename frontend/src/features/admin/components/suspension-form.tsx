import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAdminView } from '@/api-types/admin';
import { Field } from '@/components/form/field';
import { fieldErrorsOf } from '@/lib/field-errors';
import type { FieldErrorCode } from '@/lib/field-errors';
import { useSuspendUser } from '@/features/admin/api/suspend-user';
import { AdminFormActions } from '@/features/admin/components/form-actions';
import type { SuspensionChoice } from '@/features/admin/utils/suspension';
import { localIsoDate, SUSPENSION_CHOICES, suspensionEnd } from '@/features/admin/utils/suspension';
import { CheckedForm } from '@/features/admin/components/checked-form';

const MAX_REASON_LENGTH = 2000;

export interface SuspensionFormProps {
  user: Pick<UserAdminView, 'username' | 'displayName'>;
  onDone: (user: UserAdminView) => void;
  onCancel: () => void;
}

/** How long, and why: the person reads the reason when Bravo refuses what they try to write. */
export function SuspensionForm({ user, onDone, onCancel }: SuspensionFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<SuspensionChoice>('7d');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<{ date?: boolean; reason?: boolean }>({});
  const suspend = useSuspendUser(user.username);
  const serverErrors = fieldErrorsOf(suspend.error);
  const dateError: FieldErrorCode | undefined =
    choice === 'date' ? (invalid.date ? 'INVALID' : serverErrors.until) : undefined;
  const reasonError: FieldErrorCode | undefined = invalid.reason ? 'REQUIRED' : serverErrors.reason;
  const shownFieldError = Boolean(serverErrors.reason ?? (choice === 'date' && serverErrors.until));

  return (
    <CheckedForm
      className="stack"
      testId="suspension-form"
      onSubmit={() => {
        const end = suspensionEnd(choice, date);
        const trimmed = reason.trim();
        setInvalid({ date: !end.valid, reason: !trimmed });
        if (!end.valid || !trimmed) return;
        suspend.mutate({ until: end.until, reason: trimmed }, { onSuccess: onDone });
      }}
    >
      <fieldset className="field">
        <legend className="field__label">{t('admin.users.suspend.duration')}</legend>
        {SUSPENSION_CHOICES.map((value) => (
          <label key={value} className="consent__choice">
            <input
              type="radio"
              name="suspension-duration"
              value={value}
              checked={choice === value}
              data-testid={`suspension-${value}`}
              onChange={() => {
                setChoice(value);
                setInvalid((current) => ({ ...current, date: false }));
              }}
            />{' '}
            {t(`admin.users.suspend.choices.${value}`)}
          </label>
        ))}
      </fieldset>
      {choice === 'date' ? (
        <Field
          label={t('admin.users.suspend.untilDate')}
          error={dateError}
          errorMessage={t('admin.users.suspend.dateInvalid')}
          errorTestId="suspension-date-error"
        >
          {(control) => (
            <input
              {...control}
              type="date"
              className="input"
              min={localIsoDate()}
              value={date}
              required
              data-testid="suspension-date"
              onChange={(event) => {
                setDate(event.target.value);
                setInvalid((current) => ({ ...current, date: false }));
              }}
            />
          )}
        </Field>
      ) : null}
      <Field
        label={t('admin.users.suspend.reason')}
        hint={t('admin.users.suspend.reasonHint')}
        error={reasonError}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            required
            maxLength={MAX_REASON_LENGTH}
            value={reason}
            data-testid="suspension-reason"
            onChange={(event) => {
              setReason(event.target.value);
              setInvalid((current) => ({ ...current, reason: false }));
            }}
          />
        )}
      </Field>
      <AdminFormActions
        error={suspend.isError && !shownFieldError ? suspend.error : null}
        errorTestId="suspension-error"
        onCancel={onCancel}
        pending={suspend.isPending}
        submitLabel={t('admin.users.suspend.submit', { name: user.displayName })}
        submitTestId="suspension-submit"
        danger
      />
    </CheckedForm>
  );
}
