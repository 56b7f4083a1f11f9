import { describe, expect, it, vi } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES } from '@/lib/api-client';
import { Outbox } from '@/lib/offline/outbox';
import type { OutboxItem, OutboxStorage } from '@/lib/offline/outbox';
import { memoryStore } from '@/testing/memory-store';

function memoryStorage(initial: Record<string, OutboxItem[]> = {}) {
  const { kept, get, set } = memoryStore(initial);
  const storage: OutboxStorage = { load: get, save: set };
  return { storage, kept };
}

const networkDown = () => new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network });

function setup(options: { online?: boolean; storage?: ReturnType<typeof memoryStorage> } = {}) {
  const network = { online: options.online ?? true };
  const { storage, kept } = options.storage ?? memoryStorage();
  const sent: { type: string; payload: unknown; uploaded: unknown[] }[] = [];
  const upload = vi.fn((attachment: { name: string }) =>
    Promise.resolve(`photo:${attachment.name}`),
  );
  let id = 0;
  const outbox = new Outbox({
    storage,
    upload,
    isOnline: () => network.online,
    newId: () => `item-${++id}`,
  });
  const send = vi.fn((item: OutboxItem, uploaded: unknown[]) => {
    if (!network.online) return Promise.reject(networkDown());
    sent.push({ type: item.type, payload: item.payload, uploaded });
    return Promise.resolve({ ok: true });
  });
  outbox.registerSender('post', send);
  outbox.registerSender('comment', send);
  return { outbox, network, sent, send, upload, kept };
}

const photo = (name: string) => ({ name, blob: new Blob([name], { type: 'image/jpeg' }) });
/** A post with two photos, as made in the shop. */
const shelfWithTwoPhotos = () => ({
  type: 'post',
  label: 'Shelf',
  payload: 'post',
  files: [photo('a.jpg'), photo('b.jpg')],
});

describe('the outbox', () => {
  it('keeps what is made offline, then sends it in order when the network returns', async () => {
    const { outbox, network, sent, kept } = setup({ online: false });
    await outbox.setOwner('anna');
    await outbox.add({ type: 'post', label: 'Window display', payload: 'post 1' });
    await outbox.add({ type: 'comment', label: 'Nice', payload: 'comment 1' });
    await outbox.add({ type: 'comment', label: 'Again', payload: 'comment 2' });

    expect(outbox.items().map((item) => item.state)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(kept.get('anna')).toHaveLength(3);
    expect(sent).toEqual([]);

    const window = new EventTarget();
    outbox.connect(window);
    network.online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => {
      expect(outbox.items()).toEqual([]);
    });
    expect(sent.map((item) => item.payload)).toEqual(['post 1', 'comment 1', 'comment 2']);
    expect(kept.get('anna')).toEqual([]);
  });

  it('uploads a post’s photos first and sends the post with them', async () => {
    const { outbox, sent } = setup();
    await outbox.setOwner('anna');
    await outbox.add(shelfWithTwoPhotos());
    await outbox.flush();
    expect(sent).toEqual([
      { type: 'post', payload: 'post', uploaded: ['photo:a.jpg', 'photo:b.jpg'] },
    ]);
  });

  it('never publishes a post whose photo failed: it stays, failed, with the photo’s error', async () => {
    const { outbox, sent, upload, kept } = setup();
    upload.mockImplementation((attachment: { name: string }) =>
      attachment.name === 'b.jpg'
        ? Promise.reject(new ApiError({ status: 415, code: 'UNSUPPORTED_IMAGE' }))
        : Promise.resolve(`photo:${attachment.name}`),
    );
    await outbox.setOwner('anna');
    await outbox.add(shelfWithTwoPhotos());
    await outbox.flush();

    expect(sent).toEqual([]);
    const [item] = outbox.items();
    expect(item?.state).toBe('failed');
    expect(item?.error).toMatchObject({ code: 'UNSUPPORTED_IMAGE', status: 415 });
    expect(item?.attachments.map((attachment) => attachment.error?.code)).toEqual([
      undefined,
      'UNSUPPORTED_IMAGE',
    ]);
    // Kept across a reload, error included.
    expect(kept.get('anna')?.[0]?.state).toBe('failed');
  });

  it('a retry sends only the photos not yet uploaded, then the post', async () => {
    const { outbox, sent, upload } = setup();
    upload.mockImplementationOnce(() => Promise.resolve('photo:a.jpg'));
    upload.mockImplementationOnce(() =>
      Promise.reject(new ApiError({ status: 503, code: 'STORAGE_UNAVAILABLE' })),
    );
    await outbox.setOwner('anna');
    const item = await outbox.add(shelfWithTwoPhotos());
    await outbox.flush();
    expect(outbox.items()[0]?.state).toBe('failed');

    await outbox.retry(item.id);
    expect(upload).toHaveBeenCalledTimes(3);
    expect(sent).toEqual([
      { type: 'post', payload: 'post', uploaded: ['photo:a.jpg', 'photo:b.jpg'] },
    ]);
    expect(outbox.items()).toEqual([]);
  });

  it('a refusal fails that item with its error and the next ones still leave', async () => {
    const { outbox, send, sent } = setup();
    send.mockImplementationOnce(() =>
      Promise.reject(new ApiError({ status: 403, code: 'COMMENTS_LOCKED' })),
    );
    await outbox.setOwner('anna');
    await outbox.add({ type: 'comment', label: 'Locked', payload: 'first' });
    await outbox.add({ type: 'comment', label: 'Fine', payload: 'second' });
    await outbox.flush();

    expect(outbox.items()).toHaveLength(1);
    expect(outbox.items()[0]).toMatchObject({
      label: 'Locked',
      state: 'failed',
      error: { code: 'COMMENTS_LOCKED' },
    });
    expect(sent.map((item) => item.payload)).toEqual(['second']);
  });

  it('losing the network while sending puts the item back to wait, and the ones after it', async () => {
    const { outbox, network, send, sent } = setup();
    await outbox.setOwner('anna');
    send.mockImplementationOnce(() => {
      network.online = false;
      return Promise.reject(networkDown());
    });
    await outbox.add({ type: 'comment', label: 'One', payload: 'one' });
    await outbox.add({ type: 'comment', label: 'Two', payload: 'two' });
    await outbox.flush();
    expect(outbox.items().map((item) => item.state)).toEqual(['waiting', 'waiting']);

    network.online = true;
    await outbox.flush();
    expect(sent.map((item) => item.payload)).toEqual(['one', 'two']);
  });

  it('a network failure while the browser says online is shown, not retried forever', async () => {
    const { outbox, send } = setup();
    send.mockImplementationOnce(() => Promise.reject(networkDown()));
    await outbox.setOwner('anna');
    await outbox.add({ type: 'comment', label: 'One', payload: 'one' });
    await outbox.flush();
    expect(outbox.items()[0]).toMatchObject({ state: 'failed', error: { code: 'NETWORK_ERROR' } });
  });

  it('discarding drops an item unsent', async () => {
    const { outbox, kept } = setup({ online: false });
    await outbox.setOwner('anna');
    const item = await outbox.add({ type: 'comment', label: 'Oops', payload: 'x' });
    await outbox.discard(item.id);
    expect(outbox.items()).toEqual([]);
    expect(kept.get('anna')).toEqual([]);
  });

  it('each person sees and sends only their own items', async () => {
    const storage = memoryStorage();
    const { outbox, network, sent } = setup({ online: false, storage });
    await outbox.setOwner('anna');
    await outbox.add({ type: 'comment', label: 'Anna’s', payload: 'from anna' });

    await outbox.setOwner('bruno');
    expect(outbox.items()).toEqual([]);
    network.online = true;
    await outbox.flush();
    expect(sent).toEqual([]);

    await outbox.setOwner('anna');
    await vi.waitFor(() => {
      expect(sent.map((item) => item.payload)).toEqual(['from anna']);
    });
  });

  it('an item cut off while sending by a closed page goes again at the next load', async () => {
    const storage = memoryStorage({
      anna: [
        {
          id: 'left',
          type: 'comment',
          label: 'Half sent',
          payload: 'again',
          attachments: [],
          state: 'sending',
          createdAt: '2026-12-02T10:00:00Z',
        },
      ],
    });
    const { outbox, sent } = setup({ storage });
    await outbox.setOwner('anna');
    await vi.waitFor(() => {
      expect(sent.map((item) => item.payload)).toEqual(['again']);
    });
  });

  it('nobody signed in: nothing can be queued', async () => {
    const { outbox } = setup();
    await expect(outbox.add({ type: 'comment', label: 'x', payload: 'x' })).rejects.toThrow();
  });
});

describe('items with a key (a bravo, a change): only the latest wish leaves', () => {
  it('a newer wish replaces the one still waiting, after the items made since', async () => {
    const { outbox, network, sent } = setup({ online: false });
    await outbox.setOwner('anna');
    await outbox.add({ type: 'comment', label: 'Bravo', key: 'bravo:1', payload: 'give' });
    await outbox.add({ type: 'post', label: 'Other', payload: 'other' });
    await outbox.add({ type: 'comment', label: 'Bravo', key: 'bravo:1', payload: 'take back' });
    await outbox.add({ type: 'comment', label: 'Bravo', key: 'bravo:2', payload: 'give 2' });

    expect(outbox.items().map((item) => item.payload)).toEqual(['other', 'take back', 'give 2']);
    network.online = true;
    await outbox.flush();
    expect(sent.map((item) => item.payload)).toEqual(['other', 'take back', 'give 2']);
  });

  it('keeps the photos of the change it replaces', async () => {
    const { outbox, network, sent } = setup({ online: false });
    await outbox.setOwner('anna');
    const editOfPostOne = (version: string, file: string) =>
      outbox.add({
        type: 'post',
        label: version,
        key: 'edit:1',
        payload: version,
        files: [photo(file)],
      });
    await editOfPostOne('v1', 'a.jpg');
    await editOfPostOne('v2', 'b.jpg');

    expect(outbox.items()).toHaveLength(1);
    network.online = true;
    await outbox.flush();
    expect(sent).toEqual([
      { type: 'post', payload: 'v2', uploaded: ['photo:a.jpg', 'photo:b.jpg'] },
    ]);
  });

  it('leaves a failed item for its author to read, and one being sent to finish first', async () => {
    const { outbox, send } = setup();
    await outbox.setOwner('anna');
    send.mockRejectedValueOnce(new ApiError({ status: 404, code: 'NOT_FOUND' }));
    await outbox.add({ type: 'comment', label: 'Bravo', key: 'bravo:1', payload: 'give' });
    await vi.waitFor(() => {
      expect(outbox.items().map((item) => item.state)).toEqual(['failed']);
    });

    let finish!: (value: { ok: boolean }) => void;
    send.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    await outbox.add({ type: 'comment', label: 'Bravo', key: 'bravo:2', payload: 'first' });
    await vi.waitFor(() => {
      expect(outbox.items().map((item) => item.state)).toEqual(['failed', 'sending']);
    });
    await outbox.add({ type: 'comment', label: 'Bravo', key: 'bravo:2', payload: 'second' });
    expect(outbox.items().map((item) => item.payload)).toEqual(['give', 'first', 'second']);
    finish({ ok: true });
    await vi.waitFor(() => {
      expect(outbox.items().map((item) => item.payload)).toEqual(['give']);
    });
    expect(send.mock.calls.map(([item]) => item.payload)).toEqual(['give', 'first', 'second']);
  });
});
