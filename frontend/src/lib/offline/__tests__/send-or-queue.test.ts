import { describe, expect, it, vi } from 'vitest';
import { ApiError, CLIENT_ERROR_CODES } from '@/lib/api-client';
import { outbox } from '@/lib/offline/outbox-instance';
import { labelOf, sendOrQueue } from '@/lib/offline/send-or-queue';
import { setUpTestOutbox, stubNetwork } from '@/testing/offline';

const network = stubNetwork();
const draft = { type: 'test-kind', label: 'Label', payload: { id: 1 } };
const noAnswer = () => new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network });

setUpTestOutbox();

describe('sendOrQueue', () => {
  it('sends at once with network', async () => {
    const send = vi.fn(() => Promise.resolve('answer'));
    await expect(sendOrQueue(send, draft)).resolves.toEqual({ queued: false, result: 'answer' });
    expect(outbox.items()).toEqual([]);
  });

  it('keeps the write without network, and does not try to send it', async () => {
    network.online = false;
    const send = vi.fn(() => Promise.resolve('answer'));
    await expect(sendOrQueue(send, draft)).resolves.toEqual({ queued: true });
    expect(send).not.toHaveBeenCalled();
    expect(outbox.items().map((item) => item.type)).toEqual(['test-kind']);
  });

  it('keeps a write that sets a state when no answer comes, though the browser says online', async () => {
    const send = vi.fn(() => Promise.reject(noAnswer()));
    await expect(sendOrQueue(send, draft, { idempotent: true })).resolves.toEqual({
      queued: true,
    });
    expect(outbox.items().map((item) => item.type)).toEqual(['test-kind']);
  });

  it('never keeps a creation that got no answer: the server may have it already', async () => {
    const send = vi.fn(() => Promise.reject(noAnswer()));
    await expect(sendOrQueue(send, draft)).rejects.toBeInstanceOf(ApiError);
    expect(outbox.items()).toEqual([]);
  });

  it('a refusal is the person’s to see at once, not queued', async () => {
    const send = vi.fn(() => Promise.reject(new ApiError({ status: 403, code: 'FORBIDDEN' })));
    await expect(sendOrQueue(send, draft, { idempotent: true })).rejects.toBeInstanceOf(ApiError);
    expect(outbox.items()).toEqual([]);
  });
});

describe('labelOf', () => {
  it('keeps short texts and cuts long ones with an ellipsis', () => {
    expect(labelOf('Court')).toBe('Court');
    expect(labelOf('x'.repeat(80))).toBe(`${'x'.repeat(59)}…`);
  });
});
