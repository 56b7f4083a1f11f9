import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layouts/page';
import { VideoGallery } from '@/features/posts/components/video-gallery';
import { ShopSelect } from '@/features/shops/components/shop-select';

export function VideosRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('videos.gallery.title')} intro={t('videos.gallery.intro')}>
      <VideoGallery
        renderShopFilter={(shop, onChange) => <ShopSelect value={shop} onChange={onChange} />}
      />
    </Page>
  );
}
