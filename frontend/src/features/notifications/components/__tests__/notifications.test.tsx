import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import type { NotificationView } from '@/api-types/notifications';
import { NOTIFICATIONS_POLL_MS } from '@/features/notifications/api/get-notifications';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { notification } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

const actor = { username: 'nadia', displayName: 'Nadia Haddad', shop: null };
const NOTIFICATIONS = [
  notification({ id: 1, readAt: null, postId: 4, commentId: 12, actor }),
  notification({
    id: 2,
    type: 'post_status_changed',
    createdAt: '2024-05-01T09:00:00Z',
    readAt: null,
    postId: 5,
    actor,
    data: { status: 'adopted', title: 'Parking vélo' },
  }),
  notification({
    id: 3,
    type: 'post_status_changed',
    createdAt: '2024-04-01T09:00:00Z',
    readAt: '2024-04-02T09:00:00Z',
    postId: 6,
  }),
];

/** The list opened on `notifications`, once they have loaded. */
async function showNotifications(
  notifications: NotificationView[],
): Promise<[HTMLElement, ...HTMLElement[]]> {
  mockApi({ 'GET /api/v1/notifications': notifications });
  renderWithProviders(<NotificationList />);
  return (await screen.findAllByTestId('notification')) as [HTMLElement, ...HTMLElement[]];
}

describe('notifications', () => {
  it('shows the unread count on the bell and polls every minute', async () => {
    mockApi({ 'GET /api/v1/notifications': NOTIFICATIONS });

    renderWithProviders(<NotificationBell />);

    expect(await screen.findByTestId('notification-count')).toHaveTextContent('2');
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName(
      'Notifications, 2 non lues',
    );
    expect(NOTIFICATIONS_POLL_MS).toBe(60_000);
  });

  it('lists notifications with links and marks the unread ones as read on open', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/notifications': NOTIFICATIONS,
      'PUT /api/v1/notifications/1/read': () => new Response(null, { status: 204 }),
      'PUT /api/v1/notifications/2/read': () => new Response(null, { status: 204 }),
    });

    renderWithProviders(<NotificationList />);

    const items = await screen.findAllByTestId('notification');
    expect(items[0]).toHaveTextContent('Nadia Haddad vous a mentionné dans un commentaire');
    expect(items[0]).toHaveAttribute('href', '/posts/4#comment-12');
    expect(items[1]).toHaveTextContent('« Parking vélo » est maintenant : Adopté');
    expect(items[2]).toHaveTextContent('Le statut de « Votre publication » a changé');
    expect(within(screen.getByTestId('notification-list')).getAllByRole('link')).toHaveLength(3);

    await waitFor(() => {
      const marked = fetchMock.mock.calls
        .filter(([, init]) => init?.method === 'PUT')
        .map(([url]) => url);
      expect(marked).toEqual(['/api/v1/notifications/1/read', '/api/v1/notifications/2/read']);
    });
    expect(items[0]).toHaveClass('notification--new');
    expect(items[2]).not.toHaveClass('notification--new');
  });

  it('explains what moderators did, with their reason, linking to the page', async () => {
    const moderated = (overrides: Partial<NotificationView>) =>
      notification({ type: 'content_moderated', ...overrides });
    const items = await showNotifications([
      moderated({
        id: 10,
        postId: 4,
        data: {
          action: 'hidden',
          contentType: 'post',
          title: 'Parking vélo',
          reason: 'Plaque d’immatriculation lisible',
        },
      }),
      moderated({
        id: 11,
        entryId: 7,
        commentId: 30,
        data: { action: 'held', contentType: 'comment', title: null, reason: null },
      }),
      moderated({
        id: 12,
        postId: 5,
        data: { action: 'deleted', contentType: 'post', title: 'Promo', reason: 'Publicité' },
      }),
      notification({
        id: 13,
        type: 'moderation_warning',
        postId: 6,
        data: { contentType: 'video', title: 'Vitrine', message: 'Floutez les visages.' },
      }),
      notification({
        id: 14,
        type: 'account_suspended',
        data: { until: '2026-12-24T10:00:00Z', reason: 'Insultes répétées' },
      }),
      notification({
        id: 15,
        type: 'account_suspended',
        data: { until: null, reason: 'Insultes répétées' },
      }),
      moderated({
        id: 16,
        postId: 8,
        data: {
          action: 'comments_locked',
          contentType: 'post',
          title: 'Horaires',
          reason: 'Débat clos',
        },
      }),
    ]);

    expect(items.map((item) => item.querySelector('.notification__text')?.textContent)).toEqual([
      'Un modérateur a masqué votre publication « Parking vélo »Motif : Plaque d’immatriculation lisible',
      'En attente de vérification par un modérateur : votre commentaire. D’ici là, seuls vous et les modérateurs y avez accès.',
      'Un modérateur a supprimé votre publication « Promo »Motif : Publicité',
      'Avertissement d’un modérateur à propos de votre vidéo « Vitrine » : Floutez les visages.',
      'Votre compte est suspendu jusqu’au 24 déc. 2026 : Insultes répétées',
      'Votre compte est suspendu pour une durée indéterminée : Insultes répétées',
      'Un modérateur a fermé les commentaires de votre publication « Horaires »Motif : Débat clos',
    ]);

    expect(items.map((item) => item.getAttribute('href'))).toEqual([
      '/posts/4',
      '/entries/7#comment-30',
      // The page itself is gone: nothing to open.
      null,
      '/posts/6',
      null,
      null,
      '/posts/8',
    ]);
  });

  it.each([
    {
      what: 'moderation notifications',
      sent: notification({
        id: 20,
        type: 'content_moderated',
        entryId: 7,
        data: { action: 'restored', contentType: 'entry', title: null, reason: 'Consent shown' },
      }),
      text: 'A moderator restored your guestbook entry: everyone can see it again',
      detail: 'Reason: Consent shown',
      href: '/entries/7',
    },
    {
      what: 'staff changes',
      sent: notification({
        id: 40,
        type: 'content_changed_by_staff',
        postId: 5,
        actor,
        data: {
          action: 'edited',
          contentType: 'post',
          title: 'Promo',
          reason: 'Prix corrigé',
          by: 'admin',
        },
      }),
      text: 'An administrator edited your post “Promo”',
      detail: 'Reason: Prix corrigé',
      href: '/posts/5',
    },
  ])('words the $what in English too', async ({ sent, text, detail, href }) => {
    await i18n.changeLanguage('en');
    const [item] = await showNotifications([sent]);

    expect(item).toHaveTextContent(text);
    expect(within(item).getByTestId('notification-detail')).toHaveTextContent(detail);
    expect(item).toHaveAttribute('href', href);
  });

  it('tells authors what a moderator or an admin changed on their content, and why', async () => {
    const changed = (overrides: Partial<NotificationView>) =>
      notification({ type: 'content_changed_by_staff', actor, ...overrides });
    const staffChanges = [
      changed({
        id: 30,
        postId: 4,
        data: {
          action: 'edited',
          contentType: 'post',
          title: 'Vitrine de Noël',
          reason: 'Nom d’un client retiré',
          by: 'moderator',
        },
      }),
      changed({
        id: 31,
        postId: 4,
        commentId: 12,
        data: {
          action: 'deleted',
          contentType: 'comment',
          title: 'Bof',
          reason: null,
          by: 'admin',
        },
      }),
      changed({
        id: 32,
        entryId: 7,
        data: {
          action: 'deleted',
          contentType: 'entry',
          title: null,
          reason: 'Doublon',
          by: 'moderator',
        },
      }),
    ];

    const items = await showNotifications(staffChanges);
    expect(items.map((item) => item.querySelector('.notification__text')?.textContent)).toEqual([
      'Un modérateur a modifié votre publication « Vitrine de Noël »Motif : Nom d’un client retiré',
      'Un administrateur a supprimé votre commentaire « Bof »',
      'Un modérateur a supprimé votre page de livre d’orMotif : Doublon',
    ]);

    expect(items.map((item) => item.getAttribute('href'))).toEqual([
      '/posts/4',
      // A deleted comment's page is still there.
      '/posts/4#comment-12',
      // The deleted entry was the page itself: nothing to open.
      null,
    ]);
  });

  it('tells people what an admin decided about their shop change, in French and English', async () => {
    const decided = (id: number, data: Record<string, unknown>) =>
      notification({ id, type: 'shop_request_decided', actor, data });
    const [approved, declined] = (await showNotifications([
      decided(50, {
        status: 'approved',
        toShop: 'lyon-confluence',
        toShopName: 'Lyon Confluence',
        toHeadOffice: false,
        reason: null,
      }),
      decided(51, {
        status: 'declined',
        toShop: null,
        toShopName: null,
        toHeadOffice: true,
        reason: 'Toujours en boutique',
      }),
    ])) as [HTMLElement, HTMLElement];

    expect(approved).toHaveTextContent(
      'Votre demande a été acceptée : vous êtes maintenant rattaché à Lyon Confluence.',
    );
    expect(declined).toHaveTextContent('Votre demande de rattachement au siège a été refusée.');
    expect(within(declined).getByTestId('notification-detail')).toHaveTextContent(
      'Motif : Toujours en boutique',
    );

    await i18n.changeLanguage('en');
    await waitFor(() => {
      expect(screen.getAllByTestId('notification')[1]).toHaveTextContent(
        'Your request to work at head office was declined.',
      );
    });
  });

  it('says in the reader’s language that an admin placed them, settling their request', async () => {
    const [item] = await showNotifications([
      notification({
        id: 60,
        type: 'shop_request_decided',
        actor,
        data: {
          status: 'declined',
          toShop: 'lyon-confluence',
          toShopName: 'Lyon Confluence',
          toHeadOffice: false,
          reason: 'An admin set where you work directly.',
          setDirectly: true,
        },
      }),
    ]);

    expect(item).toHaveTextContent('Lyon Confluence');
    expect(within(item).getByTestId('notification-detail')).toHaveTextContent(
      'Un administrateur a directement défini où vous travaillez.',
    );
    expect(item).not.toHaveTextContent('An admin set');

    await i18n.changeLanguage('en');
    await waitFor(() => {
      expect(screen.getByTestId('notification-detail')).toHaveTextContent(
        'An admin set where you work directly.',
      );
    });
  });
});
