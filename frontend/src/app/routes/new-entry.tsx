import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { Page } from '@/components/layouts/page';
import { EntryComposer } from '@/features/guestbook/components/entry-composer';
import { useShop } from '@/features/shops/api/get-shop';
import { VideoAttachments } from '@/features/videos/components/video-attachments';

export function NewEntryRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const code = useParams().code ?? '';
  const shop = useShop(code);
  return (
    <Page title={t('guestbook.newTitle')} narrow>
      <p className="muted">{t('guestbook.of', { shop: shop.data?.name ?? code })}</p>
      <EntryComposer
        mode={{ type: 'create', shop: code }}
        renderVideos={(field) => <VideoAttachments {...field} />}
        onSaved={(entry) => {
          void navigate(paths.entry.getHref(entry.id), { replace: true });
        }}
      />
    </Page>
  );
}
