import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format-date';
import { meQueryKey, useMe } from '@/features/profile/api/get-me';

/**
 * Says on every page that a suspended account reads but does not write, and until when. A write
 * refused as ACCOUNT_SUSPENDED refetches the profile, so a suspension made since it was loaded
 * shows at once rather than after its cache time.
 */
export function SuspensionBanner() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (
          event.type === 'updated' &&
          event.action.type === 'error' &&
          event.action.error instanceof ApiError &&
          event.action.error.code === 'ACCOUNT_SUSPENDED'
        ) {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
        }
      }),
    [queryClient],
  );

  const suspension = me.data?.suspension;
  if (!suspension) return null;
  return (
    <div className="suspension-banner" role="status" data-testid="suspension-banner">
      {suspension.until
        ? t('profile.suspendedUntil', {
            date: formatDate(suspension.until, i18n.language),
            reason: suspension.reason,
          })
        : t('profile.suspendedIndefinitely', { reason: suspension.reason })}
    </div>
  );
}
