import { useTranslation } from 'react-i18next';

export interface ComingSoonRouteProps {
  titleKey: 'nav.practices' | 'nav.guestbooks';
}

export function ComingSoonRoute({ titleKey }: ComingSoonRouteProps) {
  const { t } = useTranslation();
  const title = t(titleKey);
  return (
    <section className="page stack">
      <title>{`${title} · Bravo`}</title>
      <h1>{title}</h1>
      <p className="coming-soon" data-testid="coming-soon">
        {t('comingSoon.text')}
      </p>
    </section>
  );
}
