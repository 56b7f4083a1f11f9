import { useTranslation } from 'react-i18next';
import { ShopDirectory } from '@/features/shops/components/shop-directory';

export function ShopsRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('nav.shops')} · Bravo`}</title>
      <h1>{t('nav.shops')}</h1>
      <ShopDirectory />
    </section>
  );
}
