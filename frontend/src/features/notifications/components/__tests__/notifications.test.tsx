import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { NOTIFICATIONS_POLL_MS } from '@/features/notifications/api/get-notifications';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

const actor = { username: 'nadia', displayName: 'Nadia Haddad', shop: null };
const NOTIFICATIONS = [
  {
    id: 1,
    type: 'mentioned',
    createdAt: '2024-05-01T10:00:00Z',
    readAt: null,
    postId: 4,
    entryId: null,
    commentId: 12,
    actor,
    data: {},
  },
  {
    id: 2,
    type: 'post_status_changed',
    createdAt: '2024-05-01T09:00:00Z',
    readAt: null,
    postId: 5,
    entryId: null,
    commentId: null,
    actor,
    data: { status: 'adopted', title: 'Parking vélo' },
  },
  {
    id: 3,
    type: 'post_status_changed',
    createdAt: '2024-04-01T09:00:00Z',
    readAt: '2024-04-02T09:00:00Z',
    postId: 6,
    entryId: null,
    commentId: null,
    actor: null,
    data: {},
  },
];

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
    const base = {
      createdAt: '2024-05-01T10:00:00Z',
      readAt: '2024-05-01T11:00:00Z',
      postId: null,
      entryId: null,
      commentId: null,
      actor: null,
    };
    mockApi({
      'GET /api/v1/notifications': [
        {
          ...base,
          id: 10,
          type: 'content_moderated',
          postId: 4,
          data: {
            action: 'hidden',
            contentType: 'post',
            title: 'Parking vélo',
            reason: 'Plaque d’immatriculation lisible',
          },
        },
        {
          ...base,
          id: 11,
          type: 'content_moderated',
          entryId: 7,
          commentId: 30,
          data: { action: 'held', contentType: 'comment', title: null, reason: null },
        },
        {
          ...base,
          id: 12,
          type: 'content_moderated',
          postId: 5,
          data: { action: 'deleted', contentType: 'post', title: 'Promo', reason: 'Publicité' },
        },
        {
          ...base,
          id: 13,
          type: 'moderation_warning',
          postId: 6,
          data: { contentType: 'video', title: 'Vitrine', message: 'Floutez les visages.' },
        },
        {
          ...base,
          id: 14,
          type: 'account_suspended',
          data: { until: '2026-12-24T10:00:00Z', reason: 'Insultes répétées' },
        },
        {
          ...base,
          id: 15,
          type: 'account_suspended',
          data: { until: null, reason: 'Insultes répétées' },
        },
        {
          ...base,
          id: 16,
          type: 'content_moderated',
          postId: 8,
          data: {
            action: 'comments_locked',
            contentType: 'post',
            title: 'Horaires',
            reason: 'Débat clos',
          },
        },
      ],
    });

    renderWithProviders(<NotificationList />);

    const items = await screen.findAllByTestId('notification');
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

  it('words the moderation notifications in English too', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /api/v1/notifications': [
        {
          id: 20,
          type: 'content_moderated',
          createdAt: '2024-05-01T10:00:00Z',
          readAt: '2024-05-01T11:00:00Z',
          postId: null,
          entryId: 7,
          commentId: null,
          actor: null,
          data: { action: 'restored', contentType: 'entry', title: null, reason: 'Consent shown' },
        },
      ],
    });

    renderWithProviders(<NotificationList />);

    const item = await screen.findByTestId('notification');
    expect(item).toHaveTextContent(
      'A moderator restored your guestbook entry: everyone can see it again',
    );
    expect(within(item).getByTestId('notification-detail')).toHaveTextContent(
      'Reason: Consent shown',
    );
    expect(item).toHaveAttribute('href', '/entries/7');
  });

  it('tells authors what a moderator or an admin changed on their content, and why', async () => {
    const base = {
      createdAt: '2024-05-01T10:00:00Z',
      readAt: '2024-05-01T11:00:00Z',
      postId: null,
      entryId: null,
      commentId: null,
      actor,
    };
    const staffChanges = [
      {
        ...base,
        id: 30,
        type: 'content_changed_by_staff',
        postId: 4,
        data: {
          action: 'edited',
          contentType: 'post',
          title: 'Vitrine de Noël',
          reason: 'Nom d’un client retiré',
          by: 'moderator',
        },
      },
      {
        ...base,
        id: 31,
        type: 'content_changed_by_staff',
        postId: 4,
        commentId: 12,
        data: {
          action: 'deleted',
          contentType: 'comment',
          title: 'Bof',
          reason: null,
          by: 'admin',
        },
      },
      {
        ...base,
        id: 32,
        type: 'content_changed_by_staff',
        entryId: 7,
        data: {
          action: 'deleted',
          contentType: 'entry',
          title: null,
          reason: 'Doublon',
          by: 'moderator',
        },
      },
    ];
    mockApi({ 'GET /api/v1/notifications': staffChanges });

    renderWithProviders(<NotificationList />);

    const items = await screen.findAllByTestId('notification');
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

  it('words the staff changes in English too', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /api/v1/notifications': [
        {
          id: 40,
          type: 'content_changed_by_staff',
          createdAt: '2024-05-01T10:00:00Z',
          readAt: '2024-05-01T11:00:00Z',
          postId: 5,
          entryId: null,
          commentId: null,
          actor,
          data: {
            action: 'edited',
            contentType: 'post',
            title: 'Promo',
            reason: 'Prix corrigé',
            by: 'admin',
          },
        },
      ],
    });

    renderWithProviders(<NotificationList />);

    const item = await screen.findByTestId('notification');
    expect(item).toHaveTextContent('An administrator edited your post “Promo”');
    expect(within(item).getByTestId('notification-detail')).toHaveTextContent(
      'Reason: Prix corrigé',
    );
    expect(item).toHaveAttribute('href', '/posts/5');
  });

  it('tells people what an admin decided about their shop change, in French and English', async () => {
    const decided = (id: number, data: Record<string, unknown>) => ({
      id,
      type: 'shop_request_decided',
      createdAt: '2024-05-01T10:00:00Z',
      readAt: '2024-05-01T11:00:00Z',
      postId: null,
      entryId: null,
      commentId: null,
      actor,
      data,
    });
    mockApi({
      'GET /api/v1/notifications': [
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
      ],
    });

    renderWithProviders(<NotificationList />);

    const [approved, declined] = (await screen.findAllByTestId('notification')) as [
      HTMLElement,
      HTMLElement,
    ];
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
    mockApi({
      'GET /api/v1/notifications': [
        {
          id: 60,
          type: 'shop_request_decided',
          createdAt: '2024-05-01T10:00:00Z',
          readAt: '2024-05-01T11:00:00Z',
          postId: null,
          entryId: null,
          commentId: null,
          actor,
          data: {
            status: 'declined',
            toShop: 'lyon-confluence',
            toShopName: 'Lyon Confluence',
            toHeadOffice: false,
            reason: 'An admin set where you work directly.',
            setDirectly: true,
          },
        },
      ],
    });

    renderWithProviders(<NotificationList />);

    const item = await screen.findByTestId('notification');
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
