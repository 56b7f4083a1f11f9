import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserAdminView } from '@/api-types/admin';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { RelativeTime } from '@/components/ui/relative-time';
import { InlineError } from '@/components/ui/inline-error';
import { paths } from '@/config/paths';
import { useShopNames } from '@/hooks/use-shop-names';
import { formatDateTime } from '@/lib/format-date';
import { isKnownRole } from '@/lib/translation-keys';
import { useLiftSuspension } from '@/features/admin/api/lift-suspension';
import { ShopMoveForm } from '@/features/admin/components/shop-move-form';
import { SuspensionForm } from '@/features/admin/components/suspension-form';

/** One person: who they are, their roles and shop, and whether they may write. */
export function UserRow({ user }: { user: UserAdminView }) {
  const { t, i18n } = useTranslation();
  const shopName = useShopNames();
  // One dialog at a time: the person's shop, or their suspension.
  const [dialog, setDialog] = useState<'move' | 'suspend' | null>(null);
  const closeDialog = () => {
    setDialog(null);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const lift = useLiftSuspension(user.username);
  const suspension = user.suspension;

  function place(shop: string | null, headOffice: boolean): string {
    if (headOffice) return t('admin.users.headOffice');
    return shop ? shopName(shop) : t('admin.users.noShop');
  }

  return (
    <li className="people-list__item" data-testid="user-row">
      <div className="stack stack--tight">
        <p>
          <Link to={paths.person.getHref(user.username)}>
            <strong>{user.displayName}</strong>
          </Link>{' '}
          <span className="muted">@{user.username}</span>
          {suspension ? (
            <>
              {' '}
              <span className="badge badge--status-declined" data-testid="user-suspended">
                {suspension.until
                  ? t('admin.users.suspendedUntil', {
                      date: formatDateTime(suspension.until, i18n.language),
                    })
                  : t('admin.users.suspendedIndefinitely')}
              </span>
            </>
          ) : null}
        </p>
        <p className="people-list__meta">
          {[
            user.email,
            place(user.shop, user.headOffice),
            user.shopFromDirectory ? t('admin.users.fromDirectory') : null,
            user.roles.length > 0
              ? user.roles.map((role) => (isKnownRole(role) ? t(`roles.${role}`) : role)).join(', ')
              : t('admin.users.noRoles'),
          ]
            .filter(Boolean)
            .join(' · ')}
          {user.lastSeenAt ? (
            <>
              {' · '}
              {t('admin.users.lastSeen')} <RelativeTime iso={user.lastSeenAt} />
            </>
          ) : null}
        </p>
        {suspension ? (
          <p className="muted" data-testid="user-suspension-reason">
            {t('admin.users.suspensionReason', {
              reason: suspension.reason,
              name: suspension.by?.displayName ?? t('modq.trail.system'),
              date: formatDateTime(suspension.since, i18n.language),
            })}
          </p>
        ) : null}
        <div className="composer__actions">
          {/* The directory's shop comes back at every sign-in: it is changed there. */}
          {user.shopFromDirectory ? null : (
            <Button
              variant="secondary"
              data-testid="user-move"
              onClick={() => {
                setNotice(null);
                setDialog('move');
              }}
            >
              {t('admin.users.move.button')}
            </Button>
          )}
          <Button
            variant="secondary"
            data-testid="user-suspend"
            onClick={() => {
              setNotice(null);
              setDialog('suspend');
            }}
          >
            {suspension ? t('admin.users.changeSuspension') : t('admin.users.suspendButton')}
          </Button>
          {suspension ? (
            <ConfirmButton
              label={t('admin.users.lift')}
              question={t('admin.users.liftQuestion', { name: user.displayName })}
              confirmLabel={t('admin.users.liftConfirm')}
              pending={lift.isPending}
              testId="user-lift"
              onConfirm={() => {
                lift.mutate(undefined, {
                  onSuccess: () => {
                    setNotice(t('admin.users.lifted', { name: user.displayName }));
                  },
                });
              }}
            />
          ) : null}
        </div>
        <InlineError error={lift.error} scope="admin" />
        {notice ? (
          <p className="notice" role="status" data-testid="user-notice">
            {notice}
          </p>
        ) : null}
      </div>
      <Dialog
        open={dialog === 'move'}
        title={t('admin.users.move.title', { name: user.displayName })}
        testId="shop-move-dialog"
        onClose={closeDialog}
      >
        <ShopMoveForm
          user={user}
          onCancel={closeDialog}
          onDone={(shop) => {
            closeDialog();
            setNotice(
              t('admin.users.move.done', {
                name: user.displayName,
                place: place(shop, shop === null),
              }),
            );
          }}
        />
      </Dialog>
      <Dialog
        open={dialog === 'suspend'}
        title={t('admin.users.suspend.title', { name: user.displayName })}
        testId="suspension-dialog"
        onClose={closeDialog}
      >
        <SuspensionForm
          user={user}
          onCancel={closeDialog}
          onDone={() => {
            closeDialog();
            setNotice(t('admin.users.suspended', { name: user.displayName }));
          }}
        />
      </Dialog>
    </li>
  );
}
