import { useTranslation } from 'react-i18next';
import { ModerationQueue } from '@/features/moderation/components/moderation-queue';

export function ModerationQueueRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('modq.title')} · Bravo`}</title>
      <h1>{t('modq.title')}</h1>
      <p className="page__intro">{t('modq.intro')}</p>
      <ModerationQueue />
    </section>
  );
}
