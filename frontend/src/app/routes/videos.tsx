import { useTranslation } from 'react-i18next';
import { VideoGallery } from '@/features/posts/components/video-gallery';
import { ShopSelect } from '@/features/shops/components/shop-select';

export function VideosRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('videos.gallery.title')} · Bravo`}</title>
      <h1>{t('videos.gallery.title')}</h1>
      <p className="page__intro">{t('videos.gallery.intro')}</p>
      <VideoGallery
        renderShopFilter={(shop, onChange) => <ShopSelect value={shop} onChange={onChange} />}
      />
    </section>
  );
}
