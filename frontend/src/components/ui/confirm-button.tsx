import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

export interface ConfirmButtonProps {
  label: string;
  /** The question shown once the first button is pressed. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  testId?: string;
}

/**
 * Destructive action in two steps, inline rather than in a modal: it stays next to what it acts
 * on and works the same with a thumb on a phone.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending = false,
  testId,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <Button
        variant="ghost"
        className="button--danger-text"
        data-testid={testId}
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </Button>
    );
  }

  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <Button
        variant="secondary"
        onClick={() => {
          setAsking(false);
        }}
      >
        {t('common.cancel')}
      </Button>
      <Button
        className="button--danger"
        disabled={pending}
        data-testid={testId ? `${testId}-confirm` : undefined}
        onClick={onConfirm}
      >
        {confirmLabel}
      </Button>
    </span>
  );
}
