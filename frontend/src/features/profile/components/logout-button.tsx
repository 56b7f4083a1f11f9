import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { logout } from '@/lib/auth';

/** Logging out, with what it does to this device said next to it (phones are shared in shops). */
export function LogoutButton() {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <div className="user-menu__section">
      <Button
        variant="secondary"
        className="user-menu__logout"
        data-testid="logout"
        aria-describedby={noteId}
        onClick={() => void logout()}
      >
        {t('userMenu.logout')}
      </Button>
      <p id={noteId} className="user-menu__label">
        {t('userMenu.logoutClearsDevice')}
      </p>
    </div>
  );
}
