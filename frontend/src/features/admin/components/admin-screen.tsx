import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export interface AdminScreenProps {
  title: string;
  intro?: string;
  /** The home of the back office has no way back to itself. */
  backLink?: boolean;
  children: ReactNode;
}

/** The frame of every administration screen: its title, what it is for, the way back. */
export function AdminScreen({ title, intro, backLink = true, children }: AdminScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="page stack">
      <title>{`${title} · Bravo`}</title>
      {backLink ? (
        <p>
          <Link to={paths.admin.getHref()} data-testid="admin-back">
            {t('admin.back')}
          </Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      {intro ? <p className="page__intro">{intro}</p> : null}
      {children}
    </section>
  );
}

/** The administration sections whose title and introduction sit under `admin.<section>`. */
export type AdminSection =
  | 'audit'
  | 'categories'
  | 'pinned'
  | 'rotation'
  | 'shopRequests'
  | 'shops'
  | 'users'
  | 'watchWords';

/** The frame of one section's screen, titled and introduced by that section's own texts. */
export function AdminSectionScreen({
  section,
  children,
}: {
  section: AdminSection;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <AdminScreen title={t(`admin.${section}.title`)} intro={t(`admin.${section}.intro`)}>
      {children}
    </AdminScreen>
  );
}
