import { useTranslation } from 'react-i18next';
import { Page } from '@/components/layouts/page';
import { ShopDirectory } from '@/features/shops/components/shop-directory';

export function ShopsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.shops')}>
      <ShopDirectory />
    </Page>
  );
}
