import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import '@/components/offline/offline.css';

// An app left open for days on a shop phone still learns about a deploy.
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and, when a new version of Bravo is ready, asks before switching
 * to it: reloading by itself could drop what someone is typing.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="offline-banner" role="status" data-testid="update-prompt">
      <span>{t('offline.newVersion')}</span>
      <div className="offline-banner__actions">
        <Button
          variant="ghost"
          onClick={() => {
            setNeedRefresh(false);
          }}
        >
          {t('offline.later')}
        </Button>
        <Button
          data-testid="update-reload"
          onClick={() => {
            void updateServiceWorker(true);
          }}
        >
          {t('offline.reload')}
        </Button>
      </div>
    </div>
  );
}
