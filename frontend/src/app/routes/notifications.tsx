import { useTranslation } from 'react-i18next';
import { NotificationList } from '@/features/notifications/components/notification-list';

export function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack page--narrow">
      <title>{`${t('notifications.title')} · Bravo`}</title>
      <h1>{t('notifications.title')}</h1>
      <NotificationList />
    </section>
  );
}
