import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { logout } from '@/lib/auth';
import { useOnline } from '@/lib/offline/outbox-instance';
import { sendUnsentItems, useUnsentItems } from '@/features/profile/hooks/use-unsent-items';
import '@/styles/logout.css';

/**
 * Logging out, with what it does to this device said next to it (phones are shared in shops).
 * Logging out erases the person's outbox with the rest of their data, so when something they
 * wrote has not left yet they are asked first, and may send it before going.
 */
export function LogoutButton() {
  const { t } = useTranslation();
  const noteId = useId();
  const unsent = useUnsentItems();
  const [asking, setAsking] = useState(false);
  return (
    <div className="user-menu__section">
      <Button
        variant="secondary"
        className="user-menu__logout"
        data-testid="logout"
        aria-describedby={noteId}
        onClick={() => {
          if (unsent.count > 0) setAsking(true);
          else void logout();
        }}
      >
        {t('userMenu.logout')}
      </Button>
      <p id={noteId} className="user-menu__label">
        {t('userMenu.logoutClearsDevice')}
      </p>
      <Dialog
        open={asking}
        title={t('logoutWarning.title')}
        onClose={() => {
          setAsking(false);
        }}
        testId="logout-warning"
      >
        <UnsentWarning
          onCancel={() => {
            setAsking(false);
          }}
        />
      </Dialog>
    </div>
  );
}

function UnsentWarning({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const unsent = useUnsentItems();
  const online = useOnline();
  const [asked, setAsked] = useState(false);

  if (unsent.count === 0) {
    // Sent while the question was open: nothing is lost by leaving now.
    return (
      <div className="stack">
        <p role="status" data-testid="logout-warning-sent">
          {t('logoutWarning.allSent')}
        </p>
        <div className="logout-warning__actions">
          <Button variant="secondary" onClick={onCancel}>
            {t('logoutWarning.stay')}
          </Button>
          <Button data-testid="logout-confirm" onClick={() => void logout()}>
            {t('userMenu.logout')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <p data-testid="logout-warning-count">{t('logoutWarning.unsent', { count: unsent.count })}</p>
      {unsent.failed > 0 ? <p>{t('logoutWarning.failed', { count: unsent.failed })}</p> : null}
      <p>{t('logoutWarning.erased')}</p>
      {online ? null : (
        <p className="field__hint" data-testid="logout-warning-offline">
          {t('logoutWarning.offline')}
        </p>
      )}
      {asked && unsent.sending ? <p role="status">{t('logoutWarning.sending')}</p> : null}
      <div className="logout-warning__actions">
        <Button
          data-testid="logout-send-first"
          disabled={!online || unsent.sending}
          onClick={() => {
            setAsked(true);
            void sendUnsentItems();
          }}
        >
          {t('logoutWarning.sendFirst')}
        </Button>
        <Button
          variant="secondary"
          className="button--danger"
          data-testid="logout-anyway"
          onClick={() => void logout()}
        >
          {t('logoutWarning.logoutAnyway')}
        </Button>
      </div>
    </div>
  );
}
