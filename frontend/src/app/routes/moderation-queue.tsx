import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layouts/page';
import { ModerationQueue } from '@/features/moderation/components/moderation-queue';

export function ModerationQueueRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('modq.title')} intro={t('modq.intro')}>
      <ModerationQueue />
    </Page>
  );
}
