import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** The back office's table of contents. */
export function AdminHome() {
  const { t } = useTranslation();
  const screens = [
    { href: paths.moderationQueue.getHref(), key: 'moderation' },
    { href: paths.adminWatchWords.getHref(), key: 'watchWords' },
    { href: paths.adminAudit.getHref(), key: 'audit' },
    { href: paths.adminUsers.getHref(), key: 'users' },
    { href: paths.adminShopRequests.getHref(), key: 'shopRequests' },
    { href: paths.adminShops.getHref(), key: 'shops' },
    { href: paths.adminCategories.getHref(), key: 'categories' },
    { href: paths.adminPinned.getHref(), key: 'pinned' },
    { href: paths.adminRotation.getHref(), key: 'rotation' },
  ] as const;

  return (
    <ul className="card-grid" data-testid="admin-home">
      {screens.map((screen) => (
        <li key={screen.key} className="panel stack stack--tight">
          <h2 className="panel__title">
            <Link to={screen.href}>{t(`admin.home.${screen.key}.title`)}</Link>
          </h2>
          <p className="muted">{t(`admin.home.${screen.key}.text`)}</p>
        </li>
      ))}
    </ul>
  );
}
