import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { paths } from '@/config/paths';
import { useShopNames } from '@/hooks/use-shop-names';
import { isKnownRole } from '@/lib/translation-keys';
import { useMe } from '@/features/profile/api/get-me';
import { LogoutButton } from '@/features/profile/components/logout-button';

function initials(displayName: string): string {
  const letters = displayName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase());
  return letters.join('') || '?';
}

export function UserMenu() {
  const { t } = useTranslation();
  const meQuery = useMe();
  const [open, setOpen] = useState(false);
  // The shop's name is only read in the open panel: the list is asked for when the menu is about to
  // open (pointer over it, focus), not with every page, whose frame would be drawn again when it came.
  const [wanted, setWanted] = useState(false);
  const shopNames = useShopNames(wanted && Boolean(meQuery.data?.shop));
  const want = () => {
    setWanted(true);
  };
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || containerRef.current?.contains(target)) return;
      // A dialog opened from the menu (the question before logging out) is drawn outside it:
      // a tap there answers the dialog and must not close the menu, which would remove it.
      if (target instanceof Element && target.closest('.dialog-backdrop')) return;
      setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutsidePointer);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const me = meQuery.data;
  const name = me?.displayName ?? t('userMenu.account');
  const roleLabel = (role: string) => (isKnownRole(role) ? t(`roles.${role}`) : role);

  return (
    <div className="user-menu" ref={containerRef}>
      <button
        ref={toggleRef}
        type="button"
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="user-menu-button"
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          want();
          setOpen((value) => !value);
        }}
      >
        <span className="avatar" aria-hidden="true">
          {me ? initials(me.displayName) : '…'}
        </span>
        {/* The name is the button's accessible name, as seen on wide screens: what one reads is
            what one says to voice control. On phones it is only hidden from view. */}
        <span className="user-menu__name">{name}</span>
      </button>

      {open ? (
        <div id={panelId} className="user-menu__panel" data-testid="user-menu-panel">
          {me ? (
            <div className="user-menu__identity">
              <p className="user-menu__display-name">{me.displayName}</p>
              {me.email ? <p className="user-menu__email">{me.email}</p> : null}
              <dl className="user-menu__details">
                <dt>{t('userMenu.roles')}</dt>
                <dd>
                  {me.roles.length > 0 ? me.roles.map(roleLabel).join(', ') : t('userMenu.noRoles')}
                </dd>
                <dt>{t('userMenu.shop')}</dt>
                <dd data-testid="user-menu-shop">
                  {me.shop
                    ? shopNames(me.shop)
                    : me.headOffice
                      ? t('userMenu.headOffice')
                      : t('userMenu.noShop')}
                  {me.shopRequest ? ` · ${t('userMenu.shopRequestPending')}` : null}
                </dd>
              </dl>
              <Link
                to={paths.person.getHref(me.username)}
                className="user-menu__profile"
                data-testid="my-profile-link"
                onClick={() => {
                  setOpen(false);
                }}
              >
                {t('userMenu.profile')}
              </Link>
            </div>
          ) : (
            <p className="user-menu__identity">
              {meQuery.isPending ? t('userMenu.loading') : t('userMenu.account')}
            </p>
          )}
          <div className="user-menu__section">
            <p className="user-menu__label" aria-hidden="true">
              {t('userMenu.language')}
            </p>
            <LanguageSwitcher />
          </div>
          <LogoutButton />
        </div>
      ) : null}
    </div>
  );
}
