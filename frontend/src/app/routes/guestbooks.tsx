import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layouts/page';
import { GuestbookDirectory } from '@/features/guestbook/components/guestbook-directory';

export function GuestbooksRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.guestbooks')} intro={t('guestbook.intro')}>
      <GuestbookDirectory />
    </Page>
  );
}
