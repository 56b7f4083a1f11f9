import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostView } from '@/api-types/posts';
import { Button } from '@/components/ui/button';
import { useDescribeError } from '@/lib/error-messages';
import { formatDate, isFuture } from '@/lib/format-date';
import { MAX_PIN_DAYS, usePinPost } from '@/features/posts/api/pin-post';
import { useUnpinPost } from '@/features/posts/api/unpin-post';

const DAY_OPTIONS = Array.from({ length: MAX_PIN_DAYS }, (_, index) => index + 1);

export function PinPanel({ post }: { post: Pick<PostView, 'id' | 'pinnedUntil'> }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const selectId = useId();
  const [days, setDays] = useState(3);
  const pin = usePinPost(post.id);
  const unpin = useUnpinPost(post.id);
  const error = pin.error ?? unpin.error;
  const pinned = post.pinnedUntil !== null && isFuture(post.pinnedUntil);

  return (
    <div className="stack stack--tight" data-testid="pin-panel">
      {pinned && post.pinnedUntil ? (
        <div className="pin-panel__row">
          <p>{t('post.pinnedUntil', { date: formatDate(post.pinnedUntil, i18n.language) })}</p>
          <Button
            variant="secondary"
            disabled={unpin.isPending}
            data-testid="unpin"
            onClick={() => {
              unpin.mutate();
            }}
          >
            {t('moderation.unpin')}
          </Button>
        </div>
      ) : (
        <div className="pin-panel__row">
          <label htmlFor={selectId} className="field__label">
            {t('moderation.pinFor')}
          </label>
          <select
            id={selectId}
            className="input input--auto"
            value={days}
            onChange={(event) => {
              setDays(Number(event.target.value));
            }}
          >
            {DAY_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t('moderation.days', { count: option })}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            disabled={pin.isPending}
            data-testid="pin"
            onClick={() => {
              pin.mutate(days);
            }}
          >
            {t('moderation.pin')}
          </Button>
        </div>
      )}
      {error ? (
        <p className="inline-error" role="alert">
          {describeError(error)}
        </p>
      ) : null}
    </div>
  );
}
