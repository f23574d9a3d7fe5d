import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MailguardDb } from '../../../shared/store/db';
import { createStore, openDb, openStore } from '../../../shared/store/open-store';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const at = new Date('2026-11-25T12:00:00Z');
const decision = { mailboxId: 'mbx-anna', messageId: 'msg-1', actor: 'maria.lopez@example.co.uk', at };

/** A store whose writes to `table` fail with `error` once `armed.on` is set (a DBCore middleware: inside the tx). */
async function storeFailingOn(table: string, error: () => Error) {
  const factory = new IDBFactory();
  const db = new MailguardDb('failing', { indexedDB: factory, IDBKeyRange });
  const armed = { on: false };
  db.use({
    stack: 'dbcore',
    name: 'inject-failure',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return name !== table ? t : { ...t, mutate: (req) => (armed.on ? Promise.reject(error()) : t.mutate(req)) };
      },
    }),
  });
  await openDb(db);
  return { store: createStore(db), db, armed };
}

describe('a write failing mid-way', () => {
  it('a decision whose audit write fails (after the label put) leaves neither the change nor a half decision', async () => {
    const { store, db, armed } = await storeFailingOn('audit', () => new Error('disk failure'));
    await store.setPolicy(testPolicy(), 'admin@example.co.uk');
    await store.saveLabel(labelInput({ receivedAt: '2019-01-01T00:00:00Z' }));
    const before = await db.labels.toArray();
    armed.on = true;
    const err = await rejectsWith(store.recordDecision({ ...decision, type: 'dispose', reason: 'Expired' }), 'aborted');
    expect(err.message).toMatch(/disk failure/);
    armed.on = false;
    expect(await db.labels.toArray()).toEqual(before);
    expect(await db.decisions.count()).toBe(0);
    expect(await store.verifyAuditLog()).toEqual({ ok: true, count: 1 });
    // The store still works afterwards and the chain continues cleanly.
    await store.recordDecision({ ...decision, type: 'dispose', reason: 'Expired' });
    expect(await store.verifyAuditLog()).toEqual({ ok: true, count: 2 });
  });

  it('a throw inside the transaction after the first put (decision record hook) rolls the label back', async () => {
    const { store, db } = await freshStore();
    await store.saveLabel(labelInput());
    db.decisions.hook('creating', () => {
      throw new Error('injected after the label put');
    });
    await rejectsWith(store.recordDecision({ ...decision, type: 'legal_hold', reason: 'Claim CL-9' }), 'aborted');
    expect((await store.getLabel('mbx-anna', 'msg-1'))?.hold).toBeUndefined();
    expect(await db.audit.count()).toBe(0);
  });

  it('storage full is a `quota` StoreError and the batch is not half written', async () => {
    const { store, db, armed } = await storeFailingOn(
      'labels',
      () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    await store.saveLabel(labelInput({ messageId: 'kept' }));
    armed.on = true;
    const err = await rejectsWith(
      store.saveLabels([labelInput({ messageId: 'a' }), labelInput({ messageId: 'b' })]),
      'quota',
    );
    expect(err.message).toMatch(/Storage is full/);
    armed.on = false;
    expect((await db.labels.toArray()).map((l) => l.messageId)).toEqual(['kept']);
  });
});

describe('opening', () => {
  it('another connection holding an old version open gives `blocked`, not a hang', async () => {
    const factory = new IDBFactory();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('mailguard', 10); // what Dexie calls version 1
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const err = await rejectsWith(openStore({ indexedDB: factory, IDBKeyRange, timeoutMs: 5000 }), 'blocked');
    expect(err.message).toMatch(/older version/);
    old.close();
    const store = await openStore({ indexedDB: factory, IDBKeyRange });
    expect(await store.getLabel('mbx-anna', 'x')).toBeUndefined();
    store.close();
  });

  it('gives way when a newer release upgrades the database elsewhere (versionchange), then keeps reading it', async () => {
    const factory = new IDBFactory();
    const store = await openStore({ indexedDB: factory, IDBKeyRange });
    await store.saveLabel(labelInput());
    // Resolves only because this store closes its connection on versionchange instead of blocking the upgrade.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('mailguard', 1000);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    newer.close();
    expect((await store.getLabel('mbx-anna', 'msg-1'))?.messageId).toBe('msg-1');
    store.close();
  });

  it('an open that never completes times out with `timeout`', async () => {
    const never = {
      open: () => ({}) as IDBOpenDBRequest,
      deleteDatabase: () => ({}),
      cmp: (a: number, b: number) => a - b,
    } as unknown as IDBFactory;
    await rejectsWith(openStore({ indexedDB: never, IDBKeyRange, timeoutMs: 200 }), 'timeout');
  });

  it('a closed store answers `closed`', async () => {
    const store = await openStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    store.close();
    await rejectsWith(store.getLabel('mbx-anna', 'x'), 'closed');
    await rejectsWith(store.saveLabel(labelInput()), 'closed');
  });
});
