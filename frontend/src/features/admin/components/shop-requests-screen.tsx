import '@/styles/head-office.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShopRef } from '@/api-types/shops';
import type { ShopRequestView } from '@/api-types/people';
import { Field } from '@/components/form/field';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { InlineError } from '@/components/ui/inline-error';
import { paths } from '@/config/paths';
import { fieldErrorsOf } from '@/lib/field-errors';
import { useDecideShopRequest } from '@/features/admin/api/decide-shop-request';
import { useShopRequests } from '@/features/admin/api/get-shop-requests';
import { AdminPagedList } from '@/features/admin/components/admin-list';

const MAX_REASON = 500;

/** Requests to work elsewhere, oldest first, each on its own card (readable at 360 px). */
export function ShopRequestsScreen() {
  const { t } = useTranslation();
  const requests = useShopRequests();

  return (
    <AdminPagedList
      query={requests}
      skeletonLines={4}
      empty={{ message: t('admin.shopRequests.empty'), testId: 'shop-requests-empty' }}
      loadMoreTestId="shop-requests-load-more"
    >
      {(items) => (
        <ul className="shop-requests" data-testid="shop-requests">
          {items.map((request) => (
            <ShopRequestCard key={request.id} request={request} />
          ))}
        </ul>
      )}
    </AdminPagedList>
  );
}

function ShopRequestCard({ request }: { request: ShopRequestView }) {
  const { t } = useTranslation();
  const decide = useDecideShopRequest(request.id);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(decide.error);

  function place(shop: ShopRef | null, headOffice: boolean) {
    if (headOffice) return t('admin.shopRequests.headOffice');
    return shop ? shop.name : t('admin.shopRequests.noShop');
  }

  const name = request.person?.displayName ?? t('admin.shopRequests.someone');
  return (
    <li className="panel shop-request" data-testid="shop-request">
      <p>
        {request.person ? (
          <Link to={paths.person.getHref(request.person.username)}>
            <strong>{name}</strong>
          </Link>
        ) : (
          <strong>{name}</strong>
        )}{' '}
        <span className="muted">
          <RelativeTime iso={request.createdAt} />
        </span>
      </p>
      <p className="shop-request__move" data-testid="shop-request-move">
        <span>{place(request.fromShop, request.fromHeadOffice)}</span>
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('admin.shopRequests.to')}</span>
        <strong>{place(request.toShop, request.toHeadOffice)}</strong>
      </p>
      {declining ? (
        <form
          className="stack stack--tight"
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ approve: false, reason: reason.trim() || null });
          }}
        >
          <Field label={t('admin.shopRequests.reason')} error={errors.reason}>
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={2}
                maxLength={MAX_REASON}
                value={reason}
                data-testid="shop-request-reason"
                onChange={(event) => {
                  setReason(event.target.value);
                }}
              />
            )}
          </Field>
          <div className="my-shop__actions">
            <Button
              type="submit"
              disabled={decide.isPending}
              data-testid="shop-request-decline-confirm"
            >
              {t('admin.shopRequests.declineConfirm')}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setDeclining(false);
              }}
            >
              {t('admin.shopRequests.back')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="my-shop__actions">
          <Button
            disabled={decide.isPending}
            data-testid="shop-request-approve"
            onClick={() => {
              decide.mutate({ approve: true });
            }}
          >
            {t('admin.shopRequests.approve')}
          </Button>
          <Button
            variant="secondary"
            disabled={decide.isPending}
            data-testid="shop-request-decline"
            onClick={() => {
              setDeclining(true);
            }}
          >
            {t('admin.shopRequests.decline')}
          </Button>
        </div>
      )}
      <InlineError error={errors.reason ? null : decide.error} scope="admin" />
    </li>
  );
}
