import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationAction, ModerationItemView } from '@/api-types/moderation';
import { Button } from '@/components/ui/button';
import { ActionDialog } from '@/features/moderation/components/action-dialog';

/** The order buttons appear in, whatever order the server lists them. */
const ACTION_ORDER: readonly ModerationAction[] = [
  'dismiss',
  'hide',
  'restore',
  'lock_comments',
  'unlock_comments',
  'warn',
  'delete',
];

export interface ModerationActionsProps {
  item: ModerationItemView;
  onDone?: ((action: ModerationAction, item: ModerationItemView) => void) | undefined;
}

/** The buttons of the actions the server says apply to this content now. */
export function ModerationActions({ item, onDone }: ModerationActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ModerationAction | null>(null);
  const [done, setDone] = useState<ModerationAction | null>(null);
  const actions = ACTION_ORDER.filter((action) => item.availableActions.includes(action));

  return (
    <div className="stack stack--tight" data-testid="modq-actions">
      {actions.length > 0 ? (
        <div className="composer__actions" role="group" aria-label={t('modq.actions.label')}>
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'delete' ? 'ghost' : 'secondary'}
              className={action === 'delete' ? 'button--danger-text' : undefined}
              data-testid={`modq-action-${action}`}
              onClick={() => {
                setDone(null);
                setOpen(action);
              }}
            >
              {t(`modq.actions.${action}.button`)}
            </Button>
          ))}
        </div>
      ) : (
        <p className="muted" data-testid="modq-no-actions">
          {t('modq.actions.none')}
        </p>
      )}
      {/* With onDone, the caller says it (a queue card may leave the list once acted on). */}
      {done && !onDone ? (
        <p className="notice" role="status" data-testid="modq-action-done">
          {t(`modq.actions.${done}.done`)}
        </p>
      ) : null}
      {open ? (
        <ActionDialog
          item={item}
          action={open}
          onClose={() => {
            setOpen(null);
          }}
          onDone={(updated) => {
            setOpen(null);
            setDone(open);
            onDone?.(open, updated);
          }}
        />
      ) : null}
    </div>
  );
}
