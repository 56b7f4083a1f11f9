import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
