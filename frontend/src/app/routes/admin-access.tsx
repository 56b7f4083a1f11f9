import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { canAdminister, canModerate } from '@/lib/roles';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { loadBackOfficeTranslations } from '@/lib/i18n';
import { useMe } from '@/features/profile/api/get-me';

// Every moderation and administration page is under these guards: their strings arrive with them.
await loadBackOfficeTranslations();

function NotAllowed({ need }: { need: 'moderator' | 'admin' }) {
  const { t } = useTranslation();
  return (
    <section className="page stack" data-testid="not-allowed">
      <title>{`${t('admin.notAllowed.title')} · Bravo`}</title>
      <h1>{t('admin.notAllowed.title')}</h1>
      <p>{t(`admin.notAllowed.${need}`)}</p>
      <p>
        <Link to={paths.home.getHref()}>{t('notFound.backHome')}</Link>
      </p>
    </section>
  );
}

/**
 * The back office's pages for those whose roles (GET /me) allow them; a clear page for anyone
 * else. Only a courtesy: the server answers 403 to their calls whatever the client shows.
 */
function RoleGate({ need }: { need: 'moderator' | 'admin' }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <QueryState
      query={me}
      loading={<Skeleton label={t('common.loading')} lines={4} />}
      errorTitle={t('admin.loadError')}
    >
      {({ roles }) =>
        (need === 'admin' ? canAdminister(roles) : canModerate(roles)) ? (
          <Outlet />
        ) : (
          <NotAllowed need={need} />
        )
      }
    </QueryState>
  );
}

/** Layout route of the review queue and item pages (moderators and admins). */
export function ModerationAccess() {
  return <RoleGate need="moderator" />;
}

/** Layout route of the administration screens (admins). */
export function AdminAccess() {
  return <RoleGate need="admin" />;
}
