/** The send guard's queued events reach the store's audit log when a pane opens; nothing is lost if the store fails. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addinStorage } from '../../../outlook-addin/common/addin-storage';
import {
  type PendingSharingEvent,
  pendingEvents,
  queueSharingEvent,
} from '../../../outlook-addin/common/pending-events';
import { flushPendingEvents } from '../../../outlook-addin/taskpane/flush-pending';
import { itemIdBook } from '../../../outlook-addin/taskpane/item-ids';
import type { PaneEnv } from '../../../outlook-addin/taskpane/pane-env';
import { openStore } from '../../../shared/store';
import { staff } from '../fixtures';
import { createOfficeStub } from '../office-stub/office-stub';

const event: PendingSharingEvent = {
  at: '2026-11-25T10:00:00.000Z',
  actor: staff.emailAddress,
  kind: 'block',
  action: 'block',
  recipients: [{ domain: 'cheap-parts-online.example', status: 'unvetted' }],
  kinds: { card_number: 1 },
};

async function env(store: PaneEnv['store']): Promise<PaneEnv> {
  const m = new Map<string, string>();
  return {
    mailbox: createOfficeStub({ user: staff, item: null }).Office.context.mailbox as unknown as Office.Mailbox,
    storage: addinStorage({
      runtime: { getItem: async (k) => m.get(k) ?? null, setItem: async (k, v) => void m.set(k, v) },
    }),
    now: () => new Date('2026-11-25T12:00:00Z'),
    fetchJson: async () => undefined,
    store,
    supports: () => true,
    itemIds: itemIdBook(undefined),
  };
}

describe('flushPendingEvents', () => {
  it('writes queued events to the audit log and empties the queue', async () => {
    const store = await openStore({ name: 'flush-1', indexedDB: new IDBFactory(), IDBKeyRange });
    const e = await env(async () => store);
    await queueSharingEvent(e.storage, event);
    await queueSharingEvent(e.storage, { ...event, kind: 'guard_error' });
    expect(await flushPendingEvents(e)).toBe(2);
    expect((await pendingEvents(e.storage)).events).toEqual([]);
    const audit = await store.auditLog();
    expect(audit.filter((a) => a.type === 'sharing_event')).toHaveLength(2);
    expect(JSON.stringify(audit)).toContain('cheap-parts-online.example');
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true });
  });

  it('keeps the queue when the store cannot be opened', async () => {
    const e = await env(() => Promise.reject(new Error('IndexedDB blocked')));
    await queueSharingEvent(e.storage, event);
    await expect(flushPendingEvents(e)).rejects.toThrow(/IndexedDB blocked/);
    expect((await pendingEvents(e.storage)).events).toEqual([event]);
  });
});
