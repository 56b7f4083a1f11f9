import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ApiError } from '@/lib/api-client';
import { useDescribeError } from '@/lib/error-messages';
import type { OutboxError, OutboxItem } from '@/lib/offline/outbox';
import { outbox, useOnline, useOutboxItems } from '@/lib/offline/outbox-instance';
import { isOutboxKind } from '@/lib/offline/outbox-kinds';
import '@/components/offline/offline.css';

function asApiError(error: OutboxError): ApiError {
  return new ApiError({ status: error.status, code: error.code, detail: error.detail });
}

/**
 * Says when the phone is offline and how many things wait to be sent; opens the list of them,
 * each with its state, its error, and "send again" / "discard". Shows nothing when there is
 * nothing to say.
 */
export function OutboxIndicator() {
  const { t } = useTranslation();
  const items = useOutboxItems();
  const online = useOnline();
  const [open, setOpen] = useState(false);
  const failed = items.some((item) => item.state === 'failed');
  if (items.length === 0 && online) return null;
  return (
    <div className="offline-bar" data-testid="outbox-indicator">
      {online ? null : (
        <span className="offline-pill" role="status" data-testid="offline-pill">
          {t('offline.offline')}
        </span>
      )}
      {items.length > 0 ? (
        <button
          type="button"
          className={failed ? 'outbox-button outbox-button--failed' : 'outbox-button'}
          data-testid="outbox-open"
          onClick={() => {
            setOpen(true);
          }}
        >
          <span>{t('offline.outboxButton', { count: items.length })}</span>
          <span className="outbox-button__count" aria-hidden="true" data-testid="outbox-count">
            {items.length}
          </span>
        </button>
      ) : null}
      <Dialog
        open={open}
        title={t('offline.outboxTitle')}
        onClose={() => {
          setOpen(false);
        }}
        testId="outbox-dialog"
      >
        <OutboxList items={items} />
      </Dialog>
    </div>
  );
}

function OutboxList({ items }: { items: readonly OutboxItem[] }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  if (items.length === 0) return <p>{t('offline.outboxEmpty')}</p>;
  return (
    <div className="stack">
      <p className="field__hint">{t('offline.outboxIntro')}</p>
      <ul className="outbox-list">
        {items.map((item) => (
          <li
            key={item.id}
            className={item.state === 'failed' ? 'outbox-item outbox-item--failed' : 'outbox-item'}
            data-testid="outbox-item"
            data-state={item.state}
          >
            <strong>
              {isOutboxKind(item.type) ? t(`offline.type.${item.type}`) : item.type} · {item.label}
            </strong>
            <span className="outbox-item__state">{t(`offline.state.${item.state}`)}</span>
            {item.state === 'failed' && item.error ? (
              <div role="alert" data-testid="outbox-item-error">
                {item.type === 'post' || item.type === 'entry' ? (
                  <p>{t('offline.notPublished')}</p>
                ) : null}
                {item.type === 'post-edit' || item.type === 'entry-edit' ? (
                  <p>{t('offline.notChanged')}</p>
                ) : null}
                {item.attachments.some((attachment) => attachment.error) ? (
                  item.attachments
                    .filter((attachment) => attachment.error)
                    .map((attachment) => (
                      <p key={attachment.name}>
                        {t('offline.photoFailed', {
                          name: attachment.name,
                          reason: attachment.error
                            ? describeError(asApiError(attachment.error))
                            : '',
                        })}
                      </p>
                    ))
                ) : (
                  <p>{describeError(asApiError(item.error))}</p>
                )}
              </div>
            ) : null}
            {item.state === 'sending' ? null : (
              <div className="outbox-item__actions">
                {item.state === 'failed' ? (
                  <Button
                    data-testid="outbox-retry"
                    onClick={() => {
                      void outbox.retry(item.id);
                    }}
                  >
                    {t('offline.retry')}
                  </Button>
                ) : null}
                <Button
                  variant="ghost"
                  data-testid="outbox-discard"
                  onClick={() => {
                    void outbox.discard(item.id);
                  }}
                >
                  {t('offline.discard')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
