import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { canAdminister, canModerate } from '@/lib/roles';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { useShopNames } from '@/hooks/use-shop-names';
import { useMe } from '@/features/profile/api/get-me';
import { LogoutButton } from '@/features/profile/components/logout-button';
import { MyShopSection } from '@/app/my-shop-section';

/**
 * The "me" tab on phones: who I am and where I work, my profile, every section the bottom bar has
 * no room for, the language and logging out — one page instead of a drawer, so it can be linked to.
 */
export function MeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const shopName = useShopNames(Boolean(me.data?.shop));
  const roles = me.data?.roles;

  const sections = [
    { to: paths.posts.getHref({ kind: 'practice' }), label: t('post.kindPlural.practice') },
    { to: paths.posts.getHref({ kind: 'idea' }), label: t('post.kindPlural.idea') },
    { to: paths.posts.getHref({ kind: 'irritant' }), label: t('post.kindPlural.irritant') },
    { to: paths.videos.getHref(), label: t('nav.videos') },
    { to: paths.shops.getHref(), label: t('nav.shops') },
    { to: paths.exchange.getHref(), label: t('exchange.title') },
    { to: paths.notifications.getHref(), label: t('notifications.title') },
    ...(canModerate(roles)
      ? [{ to: paths.moderationQueue.getHref(), label: t('nav.moderation') }]
      : []),
    ...(canAdminister(roles)
      ? [{ to: paths.admin.getHref(), label: t('nav.administration') }]
      : []),
  ];

  return (
    <section className="page stack page--narrow me-page">
      <title>{`${t('me.title')} · Bravo`}</title>
      {me.data ? (
        <header className="me-page__identity">
          <h1>{me.data.displayName}</h1>
          <p className="me-page__shop">
            {me.data.shop
              ? shopName(me.data.shop)
              : me.data.headOffice
                ? t('userMenu.headOffice')
                : t('userMenu.noShop')}
          </p>
          <Link to={paths.person.getHref(me.data.username)} data-testid="me-profile-link">
            {t('userMenu.profile')}
          </Link>
        </header>
      ) : (
        <Skeleton variant="heading" label={t('userMenu.loading')} />
      )}
      {/* The header says where they work: here, changing it and a pending request. */}
      {me.data ? <MyShopSection me={me.data} showPlace={false} /> : null}
      <nav aria-label={t('me.sections')}>
        <ul className="me-page__links">
          {sections.map((section) => (
            <li key={section.to}>
              <Link to={section.to} className="me-page__link">
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="stack stack--tight" aria-labelledby="me-language">
        <h2 id="me-language">{t('userMenu.language')}</h2>
        <LanguageSwitcher />
      </section>
      <LogoutButton />
    </section>
  );
}
