import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/icon';
import { paths } from '@/config/paths';
import { useNotifications } from '@/features/notifications/api/get-notifications';

export function NotificationBell() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unread = notifications.data?.filter((item) => item.readAt === null).length ?? 0;
  return (
    <Link
      to={paths.notifications.getHref()}
      className="icon-button bell"
      aria-label={t('notifications.bell', { count: unread })}
      data-testid="notification-bell"
    >
      <Icon name="bell" />
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true" data-testid="notification-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
