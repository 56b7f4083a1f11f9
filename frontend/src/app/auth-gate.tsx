import { useDeferredValue } from 'react';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/language-switcher';
import { CenteredLayout } from '@/components/layouts/centered-layout';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { sessionQuery } from '@/app/session';

export interface AuthGateProps {
  children: ReactNode;
}

/** Nothing that calls the API renders before the runtime config is read and the user logged in. */
export function AuthGate({ children }: AuthGateProps) {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery);
  // The whole app is drawn once the session is there: in a render React may split and interrupt,
  // with the boot screen up until it is done. Drawn in one go, it was the longest task of opening
  // Bravo on a phone, during which a tap went unanswered.
  const appReady = useDeferredValue(session.isSuccess, false);

  if (session.isPending || (session.isSuccess && !appReady)) {
    return (
      <CenteredLayout>
        <div className="stack stack--center">
          <Spinner label={t('boot.loading')} />
          <p aria-hidden="true">{t('boot.loading')}</p>
        </div>
      </CenteredLayout>
    );
  }

  if (session.isError) {
    return (
      <CenteredLayout>
        <div className="stack stack--center" role="alert" data-testid="boot-error">
          <h1 className="status-title">{t('boot.unavailableTitle')}</h1>
          <p>{t('boot.unavailableText')}</p>
          <Button onClick={() => void session.refetch()} disabled={session.isFetching}>
            {t('boot.retry')}
          </Button>
          <LanguageSwitcher />
        </div>
      </CenteredLayout>
    );
  }

  return children;
}
