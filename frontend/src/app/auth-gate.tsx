import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/language-switcher';
import { CenteredLayout } from '@/components/layouts/centered-layout';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { startOfflineSession } from '@/app/offline-session';
import { currentUserId, initAuth } from '@/lib/auth';
import { getRuntimeConfig } from '@/lib/runtime-config';

async function bootstrapSession(): Promise<true> {
  const config = await getRuntimeConfig();
  await initAuth(config);
  const sub = currentUserId();
  if (sub) await startOfflineSession(sub);
  return true;
}

export interface AuthGateProps {
  children: ReactNode;
}

/** Nothing that calls the API renders before the runtime config is read and the user logged in. */
export function AuthGate({ children }: AuthGateProps) {
  const { t } = useTranslation();
  const session = useQuery({
    queryKey: ['session'],
    queryFn: bootstrapSession,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

  if (session.isPending) {
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
