import { useTranslation } from 'react-i18next';
import { ExchangeBanner } from '@/features/exchange/components/exchange-banner';
import { Feed } from '@/features/posts/components/feed';
import { Greeting } from '@/features/profile/components/greeting';

export function HomeRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('nav.home')} · Bravo`}</title>
      <Greeting />
      <p className="page__intro home__intro">{t('home.intro')}</p>
      <ExchangeBanner />
      <Feed />
    </section>
  );
}
