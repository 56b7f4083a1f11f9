import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '@/api-types/notifications';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkNotificationsRead } from '@/features/notifications/api/mark-notifications-read';

export function NotificationList() {
  const { t } = useTranslation();
  const notifications = useNotifications();

  return (
    <QueryState
      query={notifications}
      loading={<Skeleton label={t('notifications.loading')} lines={4} />}
      errorTitle={t('notifications.errorTitle')}
      isEmpty={(data) => data.length === 0}
      empty={<EmptyState message={t('notifications.empty')} testId="notifications-empty" />}
    >
      {(data) => <ReadOnOpenList notifications={data} />}
    </QueryState>
  );
}

/**
 * Opening the page marks what it shows as read; those stay highlighted as "new" for this visit
 * so the user can still tell them apart.
 */
function ReadOnOpenList({ notifications }: { notifications: NotificationView[] }) {
  const [initiallyUnread] = useState(
    () => new Set(notifications.filter((item) => item.readAt === null).map((item) => item.id)),
  );
  const markRead = useMarkNotificationsRead();
  const { mutate } = markRead;

  useEffect(() => {
    if (initiallyUnread.size > 0) mutate([...initiallyUnread]);
  }, [initiallyUnread, mutate]);

  return (
    <ul className="notification-list" data-testid="notification-list">
      {notifications.map((item) => (
        <li key={item.id}>
          <NotificationItem
            notification={item}
            fresh={initiallyUnread.has(item.id) || item.readAt === null}
          />
        </li>
      ))}
    </ul>
  );
}

type Translate = TFunction;

const MODERATION_OUTCOMES = [
  'hidden',
  'held',
  'restored',
  'deleted',
  'comments_locked',
  'comments_unlocked',
] as const;

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function contentLabel(type: unknown, t: Translate): string {
  switch (type) {
    case 'post':
      return t('notifications.content.post');
    case 'comment':
      return t('notifications.content.comment');
    case 'entry':
      return t('notifications.content.entry');
    case 'video':
      return t('notifications.content.video');
    default:
      return t('notifications.content.other');
  }
}

/** "your post “Parking vélo”", or just "your comment" when there is no title. */
function subjectOf(data: Record<string, unknown>, t: Translate): string {
  const content = contentLabel(data.contentType, t);
  const title = stringOf(data.title);
  return title ? t('notifications.contentTitled', { content, title }) : content;
}

/** What happened, and the moderator's words when there are some (shown on their own line). */
function describe(
  notification: NotificationView,
  t: Translate,
  language: string,
): { text: string; detail: string | null } {
  const actor = notification.actor?.displayName ?? t('notifications.someone');
  const { data } = notification;
  switch (notification.type) {
    case 'mentioned':
      return { text: t('notifications.mentioned', { actor }), detail: null };
    case 'post_status_changed': {
      // `data` is not specified by the contract: use its members only when they look right.
      const known = ['new', 'under_review', 'adopted', 'declined'] as const;
      const statusKey = known.find((value) => value === data.status);
      const postTitle = stringOf(data.title) ?? t('notifications.yourPost');
      return {
        text: statusKey
          ? t('notifications.statusChanged', {
              title: postTitle,
              status: t(`post.status.${statusKey}`),
            })
          : t('notifications.statusChangedUnknown', { title: postTitle }),
        detail: null,
      };
    }
    case 'content_moderated': {
      const action = MODERATION_OUTCOMES.find((value) => value === data.action) ?? 'other';
      const reason = stringOf(data.reason);
      return {
        text: t(`notifications.moderated.${action}`, { subject: subjectOf(data, t) }),
        detail: reason ? t('notifications.reason', { reason }) : null,
      };
    }
    case 'content_changed_by_staff': {
      const action = data.action === 'edited' || data.action === 'deleted' ? data.action : 'other';
      const by = data.by === 'admin' ? 'admin' : 'moderator';
      const reason = stringOf(data.reason);
      return {
        text: t(`notifications.staffChanged.${by}.${action}`, { subject: subjectOf(data, t) }),
        detail: reason ? t('notifications.reason', { reason }) : null,
      };
    }
    case 'moderation_warning':
      return {
        text: t('notifications.warning', {
          subject: subjectOf(data, t),
          message: stringOf(data.message) ?? '',
        }),
        detail: null,
      };
    case 'shop_request_decided': {
      const approved = data.status === 'approved';
      const reason = stringOf(data.reason);
      const place =
        stringOf(data.toShopName) ?? stringOf(data.toShop) ?? t('notifications.shopRequest.aShop');
      let text: string;
      if (data.toHeadOffice === true) {
        text = approved
          ? t('notifications.shopRequest.approvedHeadOffice')
          : t('notifications.shopRequest.declinedHeadOffice');
      } else {
        text = approved
          ? t('notifications.shopRequest.approved', { place })
          : t('notifications.shopRequest.declined', { place });
      }
      // The server's reason for a request settled by a direct move is English: said here in the reader's language.
      if (data.setDirectly === true) {
        return { text, detail: t('notifications.shopRequest.setDirectly') };
      }
      return { text, detail: reason ? t('notifications.reason', { reason }) : null };
    }
    case 'account_suspended': {
      const until = stringOf(data.until);
      const reason = stringOf(data.reason) ?? '';
      return {
        text:
          until && !Number.isNaN(Date.parse(until))
            ? t('notifications.suspendedUntil', { date: formatDate(until, language), reason })
            : t('notifications.suspendedIndefinitely', { reason }),
        detail: null,
      };
    }
    default:
      return { text: t('notifications.other'), detail: null };
  }
}

/** The page it happened on; none once that page itself was deleted by a moderator. */
function pageOf(notification: NotificationView): string | null {
  const { data } = notification;
  const pageDeleted =
    (notification.type === 'content_moderated' ||
      notification.type === 'content_changed_by_staff') &&
    data.action === 'deleted' &&
    (data.contentType === 'post' || data.contentType === 'entry');
  if (pageDeleted) return null;
  if (notification.postId !== null) return paths.post.getHref(notification.postId);
  if (notification.entryId !== null) return paths.entry.getHref(notification.entryId);
  return null;
}

function NotificationItem({
  notification,
  fresh,
}: {
  notification: NotificationView;
  fresh: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { text, detail } = describe(notification, t, i18n.language);
  const content = (
    <>
      <span className="notification__text">
        {text}
        {detail ? (
          <span className="notification__detail" data-testid="notification-detail">
            {detail}
          </span>
        ) : null}
      </span>
      <RelativeTime iso={notification.createdAt} />
    </>
  );
  const className = `notification${fresh ? ' notification--new' : ''}`;
  const page = pageOf(notification);
  if (page === null) {
    return (
      <div className={className} data-testid="notification">
        {content}
      </div>
    );
  }
  const anchor = notification.commentId === null ? '' : `#comment-${notification.commentId}`;
  return (
    <Link to={`${page}${anchor}`} className={className} data-testid="notification">
      {content}
    </Link>
  );
}
