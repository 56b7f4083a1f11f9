import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';

export interface BravoButtonProps {
  count: number;
  active: boolean;
  onToggle: (give: boolean) => void;
  /** Own content: the button stays focusable so the explanation can be read, but does nothing. */
  ownContent?: boolean;
  size?: 'md' | 'sm';
  testId?: string;
}

export function BravoButton({
  count,
  active,
  onToggle,
  ownContent = false,
  size = 'md',
  testId,
}: BravoButtonProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const label = active ? t('bravo.remove') : t('bravo.give');

  return (
    <>
      <button
        type="button"
        className={`bravo-button bravo-button--${size}`}
        aria-pressed={active}
        aria-disabled={ownContent || undefined}
        aria-describedby={ownContent ? hintId : undefined}
        title={ownContent ? t('bravo.ownContent') : label}
        data-testid={testId}
        onClick={() => {
          if (!ownContent) onToggle(!active);
        }}
      >
        <Icon name="bravo" filled={active} />
        <span className="visually-hidden">{label}, </span>
        <span className="bravo-button__count" data-testid={testId ? `${testId}-count` : undefined}>
          {t('bravo.count', { count })}
        </span>
      </button>
      {ownContent ? (
        <span id={hintId} className="visually-hidden">
          {t('bravo.ownContent')}
        </span>
      ) : null}
    </>
  );
}
