import '@/styles/head-office.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView } from '@/api-types/people';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatDate } from '@/lib/format-date';
import { useErrorMessage } from '@/lib/error-messages';
import { useCancelShopRequest } from '@/features/profile/api/cancel-shop-request';
import { useSetMyShop } from '@/features/profile/api/set-my-shop';
import { useShops } from '@/features/shops/api/get-shops';
import { ShopPicker } from '@/features/shops/components/shop-picker';

/**
 * On the user's own profile: where they work, and changing it. A change is a request an admin
 * decides (unless the server applies it at once), shown as pending until then and which the user
 * may withdraw.
 */
export function MyShopSection({ me, showPlace = true }: { me: MeView; showPlace?: boolean }) {
  const { t, i18n } = useTranslation();
  const shops = useShops();
  const setShop = useSetMyShop();
  const cancel = useCancelShopRequest();
  const [choosing, setChoosing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const cancelError = useErrorMessage(cancel.error);

  function shopName(code: string): string {
    return shops.data?.find((shop) => shop.code === code)?.name ?? code;
  }

  function place(shop: string | null, headOffice: boolean): string {
    if (headOffice) return t('myShop.headOffice');
    return shop ? shopName(shop) : t('myShop.none');
  }

  function choose(choice: { shop: string } | { headOffice: true }) {
    setNotice(null);
    setShop.mutate(choice, {
      onSuccess: (updated) => {
        setChoosing(false);
        setNotice(
          updated.shopRequest
            ? t('myShop.requested')
            : t('myShop.moved', { place: place(updated.shop, updated.headOffice) }),
        );
      },
    });
  }

  const request = me.shopRequest;
  return (
    <section className="panel my-shop" aria-labelledby="my-shop-title" data-testid="my-shop">
      <h2 id="my-shop-title" className="panel__title">
        {t('myShop.title')}
      </h2>
      {showPlace ? (
        <p data-testid="my-shop-place">
          <strong>{place(me.shop, me.headOffice)}</strong>
        </p>
      ) : null}
      {request ? (
        <p className="notice" role="status" data-testid="my-shop-request">
          {t('myShop.pending', {
            place: place(request.toShop, request.toHeadOffice),
            date: formatDate(request.createdAt, i18n.language),
          })}
        </p>
      ) : null}
      {notice && !choosing ? (
        <p className="muted" role="status" data-testid="my-shop-notice">
          {notice}
        </p>
      ) : null}
      <div className="my-shop__actions">
        <Button
          variant="secondary"
          data-testid="my-shop-change"
          onClick={() => {
            setShop.reset();
            setChoosing(true);
          }}
        >
          {t('myShop.change')}
        </Button>
        {request ? (
          <Button
            variant="ghost"
            disabled={cancel.isPending}
            data-testid="my-shop-cancel"
            onClick={() => {
              setNotice(null);
              cancel.mutate(undefined, {
                onSuccess: () => {
                  setNotice(t('myShop.cancelled'));
                },
              });
            }}
          >
            {t('myShop.cancel')}
          </Button>
        ) : null}
      </div>
      {cancel.isError ? (
        <p className="inline-error" role="alert">
          {cancelError}
        </p>
      ) : null}
      <Dialog
        open={choosing}
        title={t('myShop.change')}
        testId="my-shop-dialog"
        onClose={() => {
          setChoosing(false);
        }}
      >
        <div className="stack">
          <p className="muted">{t('myShop.changeIntro')}</p>
          <ShopPicker
            variant="change"
            current={me.shop}
            pending={setShop.isPending}
            error={setShop.error}
            onPick={(code) => {
              choose({ shop: code });
            }}
            onPickHeadOffice={
              me.headOffice
                ? undefined
                : () => {
                    choose({ headOffice: true });
                  }
            }
          />
        </div>
      </Dialog>
    </section>
  );
}
