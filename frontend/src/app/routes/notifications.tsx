import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layouts/page';
import { NotificationList } from '@/features/notifications/components/notification-list';

export function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('notifications.title')} narrow>
      <NotificationList />
    </Page>
  );
}
