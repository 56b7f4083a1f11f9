import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('notFound.title')} · Bravo`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={paths.home.getHref()}>{t('notFound.backHome')}</Link>
      </p>
    </section>
  );
}
