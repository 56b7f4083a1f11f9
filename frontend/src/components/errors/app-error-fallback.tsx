import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { CenteredLayout } from '@/components/layouts/centered-layout';

export function AppErrorFallback() {
  const { t } = useTranslation();
  return (
    <CenteredLayout>
      <div role="alert" className="stack">
        <h1 className="status-title">{t('errors.title')}</h1>
        <p>{t('errors.generic')}</p>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('errors.reload')}
        </Button>
      </div>
    </CenteredLayout>
  );
}
