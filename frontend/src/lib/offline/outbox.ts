import { isNetworkFailure, toOutboxError } from '@/lib/offline/outbox-errors';
import type { OutboxError } from '@/lib/offline/outbox-errors';

export type { OutboxError } from '@/lib/offline/outbox-errors';

/**
 * What someone did without network (a post, a comment, a bravo), kept until it can be sent.
 *
 * The rules people rely on: items leave in the order they were made; nothing is sent in part (a
 * post whose photo could not be uploaded is not published without it: it stays here, failed, with
 * the photo's error, until retried or discarded); nothing disappears without being sent or
 * discarded by its author; and each person sees and sends only their own items (phones are
 * shared). Sending itself is given by the app (`OutboxSender`), which knows the features' API.
 *
 * One file of about 300 lines, on purpose: those rules hold only if the order, the states and the
 * per-person queue change together; split across files, a change to one could break another unseen.
 */

export type OutboxState = 'waiting' | 'sending' | 'failed';

/** A file sent before the item itself (a photo of a post); its result is kept, so a retry does not send it twice. */
export interface OutboxAttachment {
  name: string;
  blob: Blob;
  /** What the upload answered (the photo), once it succeeded. */
  uploaded?: unknown;
  error?: OutboxError;
}

export interface OutboxItem<P = unknown> {
  id: string;
  /** What the sender does with it ('post', 'comment', 'post-bravo', …). */
  type: string;
  /** What the list shows: a post's title, the start of a comment. */
  label: string;
  /** What it changes ('post-bravo:12'), for items where only the latest wish counts; see `add`. */
  key?: string | undefined;
  payload: P;
  attachments: OutboxAttachment[];
  state: OutboxState;
  error?: OutboxError | undefined;
  createdAt: string;
}

export interface NewOutboxItem<P = unknown> {
  type: string;
  label: string;
  /** What it changes: a newer item with the same key replaces one still waiting. */
  key?: string;
  payload: P;
  files?: readonly { name: string; blob: Blob }[];
}

/** Sends one item; `uploaded` holds its attachments' upload results, in order. */
export type OutboxSender = (item: OutboxItem, uploaded: unknown[]) => Promise<unknown>;

/** Uploads one attachment of an item of `type`. */
export type OutboxUploader = (attachment: OutboxAttachment, type: string) => Promise<unknown>;

/** Where one person's items are kept between page loads. */
export interface OutboxStorage {
  load: (owner: string) => Promise<OutboxItem[] | undefined>;
  save: (owner: string, items: OutboxItem[]) => Promise<void>;
}

export interface OutboxOptions {
  storage: OutboxStorage;
  upload: OutboxUploader;
  isOnline: () => boolean;
  /** Told when an item was sent (to refresh what shows it). */
  onSent?: (item: OutboxItem, result: unknown) => void;
  newId?: () => string;
  now?: () => Date;
}

let counter = 0;
function defaultId(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class Outbox {
  private owner: string | null = null;
  private list: OutboxItem[] = [];
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | null = null;
  private again = false;
  private readonly senders = new Map<string, OutboxSender>();
  private loaded: Promise<void> = Promise.resolve();

  constructor(private readonly options: OutboxOptions) {}

  /** The app teaches the outbox how to send each type. */
  registerSender(type: string, sender: OutboxSender): void {
    this.senders.set(type, sender);
  }

  /** The signed-in person (null: nobody). Their items are loaded, and sent if online. */
  setOwner(owner: string | null): Promise<void> {
    if (owner === this.owner) return this.loaded;
    this.owner = owner;
    this.list = [];
    this.emit();
    if (owner === null) {
      this.loaded = Promise.resolve();
      return this.loaded;
    }
    this.loaded = this.options.storage
      .load(owner)
      .catch(() => undefined)
      .then((stored) => {
        if (this.owner !== owner) return;
        // An item caught sending when the page closed did not finish: it goes again.
        this.list = (stored ?? []).map((item) =>
          item.state === 'sending' ? { ...item, state: 'waiting' } : item,
        );
        this.emit();
        void this.flush();
      });
    return this.loaded;
  }

  items(): readonly OutboxItem[] {
    return this.list;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Keeps a new item (for the signed-in person) and sends it now if the network allows.
   *
   * An item with a `key` replaces the waiting ones with the same key: a bravo given then taken
   * back offline, or a post edited twice, must not go out as two requests in a row, the older one
   * briefly undoing the newer (and notifying the author of a bravo that no longer stands). Their
   * requests set a state (PUT/DELETE of the bravo, the whole text), so the newest one alone says
   * everything. The replaced items' photos move to the new one: nothing the person added is lost.
   * Items being sent or failed stay: the first cannot be called back (the new one follows it, in
   * order), the second are the person's to read and decide on.
   */
  async add<P>(draft: NewOutboxItem<P>): Promise<OutboxItem<P>> {
    await this.loaded;
    const owner = this.owner;
    if (owner === null) throw new Error('Nobody is signed in');
    const replaces = (candidate: OutboxItem) =>
      draft.key !== undefined && candidate.key === draft.key && candidate.state === 'waiting';
    const item: OutboxItem<P> = {
      id: (this.options.newId ?? defaultId)(),
      type: draft.type,
      label: draft.label,
      key: draft.key,
      payload: draft.payload,
      attachments: [
        ...this.list.filter(replaces).flatMap((replaced) => replaced.attachments),
        ...(draft.files ?? []).map((file) => ({ name: file.name, blob: file.blob })),
      ],
      state: 'waiting',
      createdAt: (this.options.now?.() ?? new Date()).toISOString(),
    };
    this.list = [...this.list.filter((candidate) => !replaces(candidate)), item];
    this.emit();
    await this.persist(owner);
    void this.flush();
    return item;
  }

  /** Sends a failed item again (after the person read its error). */
  retry(id: string): Promise<void> {
    this.update(id, (item) => ({ ...item, state: 'waiting', error: undefined }));
    return this.flush();
  }

  /** Drops an item unsent, by its author's choice. */
  async discard(id: string): Promise<void> {
    const owner = this.owner;
    const item = this.list.find((candidate) => candidate.id === id);
    // One being sent cannot be called back.
    if (!item || item.state === 'sending' || owner === null) return;
    this.list = this.list.filter((candidate) => candidate.id !== id);
    this.emit();
    await this.persist(owner);
  }

  /** Sends the waiting items, oldest first; stops at the first one the network keeps back. */
  flush(): Promise<void> {
    if (this.flushing) {
      // Items added meanwhile are picked up by another round.
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      for (;;) {
        this.again = false;
        try {
          await this.sendWaiting();
        } catch (error) {
          console.warn('Outbox round failed', error);
        }
        // Checked and cleared in the same step: a call arriving later starts its own round.
        if (!this.askedAgain()) {
          this.flushing = null;
          return;
        }
      }
    })();
    return this.flushing;
  }

  /** Whether a flush was asked for while a round was running (read through a call: it changes across awaits). */
  private askedAgain(): boolean {
    return this.again;
  }

  /** Sends when the network comes back; returns what stops listening. */
  connect(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onOnline = () => void this.flush();
    target.addEventListener('online', onOnline);
    return () => {
      target.removeEventListener('online', onOnline);
    };
  }

  private async sendWaiting(): Promise<void> {
    const owner = this.owner;
    if (owner === null) return;
    for (;;) {
      if (!this.options.isOnline() || this.owner !== owner) return;
      const next = this.list.find((item) => item.state === 'waiting');
      if (!next) return;
      const kept = await this.sendOne(owner, next);
      if (!kept) return;
    }
  }

  /** False when the network failed: the item waits, and so do the ones after it. */
  private async sendOne(owner: string, item: OutboxItem): Promise<boolean> {
    this.update(item.id, (current) => ({ ...current, state: 'sending', error: undefined }));
    const sender = this.senders.get(item.type);
    if (!sender) {
      this.update(item.id, (current) => ({
        ...current,
        state: 'failed',
        error: { code: 'OUTBOX_UNKNOWN_TYPE', status: 0 },
      }));
      await this.persist(owner);
      return true;
    }
    const attachments = [...item.attachments];
    for (const [index, attachment] of attachments.entries()) {
      if (attachment.uploaded !== undefined) continue;
      try {
        const uploaded = await this.options.upload(attachment, item.type);
        attachments[index] = { name: attachment.name, blob: attachment.blob, uploaded };
      } catch (error) {
        attachments[index] = { ...attachment, error: toOutboxError(error) };
        // The item is not sent without this file: it waits for the network, or fails with the file's error.
        return this.settleFailure(owner, item.id, attachments, error);
      }
      // Saved at once: a reload must not upload the same photo twice.
      this.update(item.id, (current) => ({ ...current, attachments: [...attachments] }));
      await this.persist(owner);
    }
    try {
      const result = await sender(
        { ...item, attachments },
        attachments.map((attachment) => attachment.uploaded),
      );
      if (this.owner !== owner) return false;
      this.list = this.list.filter((candidate) => candidate.id !== item.id);
      this.emit();
      await this.persist(owner);
      this.options.onSent?.(item, result);
      return true;
    } catch (error) {
      return this.settleFailure(owner, item.id, attachments, error);
    }
  }

  private async settleFailure(
    owner: string,
    id: string,
    attachments: OutboxAttachment[],
    error: unknown,
  ): Promise<boolean> {
    const offline = isNetworkFailure(error) && !this.options.isOnline();
    this.update(id, (current) => ({
      ...current,
      attachments,
      // Without network it simply waits; with network, the failure is the person's to see.
      state: offline ? 'waiting' : 'failed',
      error: offline ? undefined : toOutboxError(error),
    }));
    await this.persist(owner);
    return !offline;
  }

  private update(id: string, change: (item: OutboxItem) => OutboxItem): void {
    this.list = this.list.map((item) => (item.id === id ? change(item) : item));
    this.emit();
  }

  private async persist(owner: string): Promise<void> {
    if (this.owner !== owner) return;
    try {
      await this.options.storage.save(owner, this.list);
    } catch (error) {
      // The items still show (and send) in this page; only a reload would lose them.
      console.warn('Could not keep the outbox', error);
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
