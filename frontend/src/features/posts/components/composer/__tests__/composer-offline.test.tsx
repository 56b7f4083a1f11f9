import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '@/features/posts/components/composer/composer';
import { OUTBOX_POST } from '@/features/posts/api/create-post';
import type { QueuedPost } from '@/features/posts/api/create-post';
import { outbox } from '@/lib/offline/outbox-instance';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { setUpTestOutbox } from '@/testing/offline';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
}

setUpTestOutbox();

describe('Composer without network', () => {
  it('holds the photo, keeps the post in the outbox and says it will leave later', async () => {
    goOffline(true);
    const fetchMock = mockApi({ 'GET /api/v1/categories': [], 'GET /api/v1/tags': [] });
    const onSaved = vi.fn();
    renderWithProviders(<Composer mode={{ type: 'create', kind: 'practice' }} onSaved={onSaved} />);

    await userEvent.type(screen.getByLabelText('Titre'), 'Vitrine du lundi');
    const photo = new File(['png'], 'vitrine.png', { type: 'image/png' });
    await userEvent.upload(screen.getByTestId('photo-input'), photo);
    expect(await screen.findByTestId('photo-upload-held')).toHaveTextContent('vitrine.png');
    await userEvent.click(screen.getByTestId('composer-publish'));

    expect(await screen.findByTestId('composer-queued')).toHaveTextContent(
      'Enregistré : ce sera envoyé dès le retour du réseau.',
    );
    const [item] = outbox.items();
    expect(item?.type).toBe(OUTBOX_POST);
    expect((item?.payload as QueuedPost).request).toMatchObject({
      kind: 'practice',
      title: 'Vitrine du lundi',
      draft: false,
    });
    expect(item?.attachments.map((attachment) => attachment.name)).toEqual(['vitrine.png']);
    // Nothing was tried: no upload, no post.
    const posted = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posted).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
    // The form is empty again, ready for the next one.
    expect(screen.getByLabelText('Titre')).toHaveValue('');
    expect(screen.queryByTestId('photo-upload-held')).not.toBeInTheDocument();
  });
});
