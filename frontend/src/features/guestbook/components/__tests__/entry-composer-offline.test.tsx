import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EntryComposer } from '@/features/guestbook/components/entry-composer';
import { OUTBOX_ENTRY } from '@/features/guestbook/api/entry-api';
import type { QueuedEntry } from '@/features/guestbook/api/entry-api';
import { outbox } from '@/lib/offline/outbox-instance';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { setUpTestOutbox, stubNetwork } from '@/testing/offline';

stubNetwork({ online: false });
setUpTestOutbox();

describe('EntryComposer without network', () => {
  it('asks the customer question for a held photo, then keeps the entry and its consent in the outbox', async () => {
    const fetchMock = mockApi({});
    renderWithProviders(
      <EntryComposer mode={{ type: 'create', shop: 'paris-opera' }} onSaved={vi.fn()} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Ce qui s/ }), 'Madame R. a adoré');
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'client.png', { type: 'image/png' });
    await userEvent.upload(screen.getByTestId('photo-camera-input'), file);
    expect(await screen.findByTestId('photo-upload-held')).toBeInTheDocument();
    await screen.findByTestId('entry-customer-question');

    await userEvent.click(screen.getByTestId('entry-shows-customer-yes'));
    await userEvent.click(screen.getByTestId('entry-publish'));
    expect(screen.getByTestId('entry-consent-error')).toBeInTheDocument();
    expect(outbox.items()).toEqual([]);

    await userEvent.click(screen.getByTestId('entry-consent'));
    await userEvent.click(screen.getByTestId('entry-publish'));
    expect(await screen.findByTestId('entry-queued')).toBeInTheDocument();
    const [item] = outbox.items();
    expect(item?.type).toBe(OUTBOX_ENTRY);
    expect(item?.payload as QueuedEntry).toMatchObject({
      shop: 'paris-opera',
      request: { body: 'Madame R. a adoré', photosShowCustomer: true, customerConsent: true },
    });
    expect(item?.attachments.map((attachment) => attachment.name)).toEqual(['client.png']);
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);
  });
});
