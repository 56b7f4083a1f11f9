import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ModerationItem } from '@/features/moderation/components/moderation-item';
import { parseContentType } from '@/features/moderation/utils/queue-filters';
import { NotFoundRoute } from '@/app/routes/not-found';

export function ModerationItemRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const type = parseContentType(params.type);
  const id = params.id?.trim();
  if (!type || !id) return <NotFoundRoute />;

  return (
    <section className="page stack">
      <title>{`${t('modq.item.title')} · Bravo`}</title>
      <p>
        <Link to={paths.moderationQueue.getHref()}>{t('modq.item.back')}</Link>
      </p>
      <h1>{t('modq.item.title')}</h1>
      <ModerationItem key={`${type}:${id}`} type={type} id={id} />
    </section>
  );
}
