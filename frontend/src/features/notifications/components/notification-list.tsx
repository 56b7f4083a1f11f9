import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '@/api-types/notifications';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { errorMessageKey } from '@/lib/error-messages';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationsRead } from '@/features/notifications/api/mark-notifications-read';

export function NotificationList() {
  const { t } = useTranslation();
  const notifications = useNotifications();

  if (notifications.isPending) return <Skeleton label={t('notifications.loading')} lines={4} />;
  if (notifications.isError) {
    return (
      <ErrorState
        title={t('notifications.errorTitle')}
        message={t(errorMessageKey(notifications.error))}
        retryLabel={t('errors.retry')}
        onRetry={() => void notifications.refetch()}
      />
    );
  }
  if (notifications.data.length === 0) {
    return <EmptyState message={t('notifications.empty')} testId="notifications-empty" />;
  }
  return <ReadOnOpenList notifications={notifications.data} />;
}

/**
 * Opening the page marks what it shows as read; those stay highlighted as "new" for this visit
 * so the user can still tell them apart.
 */
function ReadOnOpenList({ notifications }: { notifications: NotificationView[] }) {
  const [initiallyUnread] = useState(
    () => new Set(notifications.filter((item) => item.readAt === null).map((item) => item.id)),
  );
  const markRead = useMarkNotificationsRead();
  const { mutate } = markRead;

  useEffect(() => {
    if (initiallyUnread.size > 0) mutate([...initiallyUnread]);
  }, [initiallyUnread, mutate]);

  return (
    <ul className="notification-list" data-testid="notification-list">
      {notifications.map((item) => (
        <li key={item.id}>
          <NotificationItem
            notification={item}
            fresh={initiallyUnread.has(item.id) || item.readAt === null}
          />
        </li>
      ))}
    </ul>
  );
}

function text(notification: NotificationView, t: ReturnType<typeof useTranslation>['t']): string {
  const actor = notification.actor?.displayName ?? t('notifications.someone');
  const { status, title } = notification.data;
  switch (notification.type) {
    case 'mentioned':
      return t('notifications.mentioned', { actor });
    case 'post_status_changed': {
      // `data` is not specified by the contract: use its members only when they look right.
      const known = ['new', 'under_review', 'adopted', 'declined'] as const;
      const statusKey = known.find((value) => value === status);
      const postTitle = typeof title === 'string' ? title : t('notifications.yourPost');
      return statusKey
        ? t('notifications.statusChanged', {
            title: postTitle,
            status: t(`post.status.${statusKey}`),
          })
        : t('notifications.statusChangedUnknown', { title: postTitle });
    }
    default:
      return t('notifications.other');
  }
}

function NotificationItem({
  notification,
  fresh,
}: {
  notification: NotificationView;
  fresh: boolean;
}) {
  const { t } = useTranslation();
  const content = (
    <>
      <span className="notification__text">{text(notification, t)}</span>
      <RelativeTime iso={notification.createdAt} />
    </>
  );
  const className = `notification${fresh ? ' notification--new' : ''}`;
  const page =
    notification.postId !== null
      ? paths.post.getHref(notification.postId)
      : notification.entryId !== null
        ? paths.entry.getHref(notification.entryId)
        : null;
  if (page === null) {
    return (
      <div className={className} data-testid="notification">
        {content}
      </div>
    );
  }
  const anchor = notification.commentId === null ? '' : `#comment-${notification.commentId}`;
  return (
    <Link to={`${page}${anchor}`} className={className} data-testid="notification">
      {content}
    </Link>
  );
}
