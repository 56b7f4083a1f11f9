import { useTranslation } from 'react-i18next';
import { GuestbookDirectory } from '@/features/guestbook/components/guestbook-directory';

export function GuestbooksRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('nav.guestbooks')} · Bravo`}</title>
      <h1>{t('nav.guestbooks')}</h1>
      <p className="page__intro">{t('guestbook.intro')}</p>
      <GuestbookDirectory />
    </section>
  );
}
