import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProfileView } from '@/api-types/people';
import { QueryState } from '@/components/ui/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { useProfile } from '@/features/profile/api/get-profile';

export function ProfileHeader({ username }: { username: string }) {
  const { t } = useTranslation();
  const profile = useProfile(username);

  return (
    <QueryState
      query={profile}
      loading={<Skeleton variant="heading" label={t('profile.loading')} />}
      errorTitle={t('profile.errorTitle')}
    >
      {(person) => <ProfileCard person={person} />}
    </QueryState>
  );
}

function ProfileCard({ person }: { person: ProfileView }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="stack stack--tight" data-testid="profile-header">
      <title>{`${person.displayName} · Bravo`}</title>
      <h1>{person.displayName}</h1>
      <p className="muted">
        @{person.username}
        {person.shop ? (
          <>
            {' · '}
            <Link to={paths.shop.getHref(person.shop.code)}>{person.shop.name}</Link>
          </>
        ) : null}
        {!person.shop && person.headOffice ? (
          <>
            {' · '}
            <span data-testid="profile-head-office">{t('profile.headOffice')}</span>
          </>
        ) : null}
        {' · '}
        {t('profile.memberSince', { date: formatDate(person.memberSince, i18n.language) })}
      </p>
      <dl className="stats">
        <div>
          <dt>{t('profile.posts')}</dt>
          <dd data-testid="profile-post-count">{person.postCount}</dd>
        </div>
        <div>
          <dt>{t('profile.bravosReceived')}</dt>
          <dd>{person.bravosReceived}</dd>
        </div>
        <div>
          <dt>{t('profile.comments')}</dt>
          <dd>{person.commentCount}</dd>
        </div>
      </dl>
    </header>
  );
}
