import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** `message`: what exactly is missing ("This post does not exist or was deleted"), when the page knows. */
export function NotFoundRoute({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${t('notFound.title')} · Bravo`}</title>
      <h1>{t('notFound.title')}</h1>
      <p data-testid="not-found-message">{message ?? t('notFound.text')}</p>
      <p>
        <Link to={paths.home.getHref()}>{t('notFound.backHome')}</Link>
      </p>
    </section>
  );
}
