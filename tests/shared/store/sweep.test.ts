import { describe, expect, it } from 'vitest';
import { freshStore, labelInput, testPolicy } from './helpers';

const saveAt = new Date('2026-11-25T12:00:00Z');

describe('sweep', () => {
  it('recomputes stored statuses, writes only what changed, and reports counts', async () => {
    const { store, db } = await freshStore();
    await store.setPolicy(testPolicy(), 'admin@example.co.uk');
    // support_request P2Y: expires 2027-01-10 (active on 2026-11-25), 2026-12-10 (due soon), 2026-06-01 (expired)
    await store.saveLabels([
      labelInput({ messageId: 'a', receivedAt: '2025-01-10T00:00:00Z' }),
      labelInput({ messageId: 'b', receivedAt: '2024-12-10T00:00:00Z' }),
      labelInput({ messageId: 'c', receivedAt: '2024-06-01T00:00:00Z' }),
    ]);
    const first = await store.sweep(saveAt);
    expect(first.byStatus).toEqual({ active: 1, due_soon: 1, expired: 1, legal_hold: 0, disposed: 0 });
    const stamps = (await db.labels.toArray()).map((r) => r.updatedAt);
    expect((await store.sweep(saveAt)).changed).toBe(0);
    expect((await db.labels.toArray()).map((r) => r.updatedAt)).toEqual(stamps);
    const later = await store.sweep(new Date('2027-01-01T00:00:00Z'));
    expect(later).toEqual({ changed: 2, byStatus: { active: 0, due_soon: 1, expired: 2, legal_hold: 0, disposed: 0 } });
    expect((await store.getLabel('mbx-anna', 'a'))?.status).toBe('due_soon');
  });

  it('walks every row in chunks (more rows than one chunk)', async () => {
    const { store } = await freshStore();
    await store.saveLabels(
      Array.from({ length: 4500 }, (_, i) =>
        labelInput({ messageId: `m${String(i).padStart(5, '0')}`, receivedAt: '2024-06-01T00:00:00Z' }),
      ),
    );
    const r = await store.sweep(new Date('2030-01-01T00:00:00Z'));
    expect(r.byStatus.expired).toBe(4500);
  });

  it('lets a hold with an end date lapse, audited', async () => {
    const { store } = await freshStore();
    await store.saveLabel(labelInput({ receivedAt: '2020-01-01T00:00:00Z' }));
    await store.recordDecision({
      mailboxId: 'mbx-anna',
      messageId: 'msg-1',
      actor: 'maria.lopez@example.co.uk',
      at: saveAt,
      type: 'legal_hold',
      reason: 'Pending claim',
      until: '2027-01-01T00:00:00Z',
    });
    expect((await store.sweep(new Date('2026-12-31T00:00:00Z'))).byStatus.legal_hold).toBe(1);
    const r = await store.sweep(new Date('2027-01-02T00:00:00Z'));
    expect(r.byStatus).toMatchObject({ legal_hold: 0, expired: 1 });
    const last = (await store.auditLog({ order: 'desc', limit: 1 }))[0]!;
    expect(last).toMatchObject({ type: 'hold_lapsed', details: { messages: ['mbx-anna/msg-1'] } });
    expect((await store.verifyAuditLog()).ok).toBe(true);
  });
});

describe('sweep racing writes from another connection', () => {
  it('loses no write: a chunk whose rows changed between its read and its transaction is re-read, not written over', async () => {
    const factory = new (await import('fake-indexeddb')).IDBFactory();
    const { IDBKeyRange } = await import('fake-indexeddb');
    const { MailguardDb } = await import('../../../shared/store/db');
    const { createStore, openDb } = await import('../../../shared/store/open-store');
    const other = createStore(new MailguardDb('race', { indexedDB: factory, IDBKeyRange }));
    const sweeping = new MailguardDb('race', { indexedDB: factory, IDBKeyRange });
    let interleave: (() => Promise<unknown>) | undefined;
    // When the sweep reads the audit head (after reading its chunk, before its transaction), the other tab writes.
    sweeping.use({
      stack: 'dbcore',
      name: 'interleave',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'meta') return t;
          return {
            ...t,
            get: async (req) => {
              const result = await t.get(req); // finish this read first: its transaction must not idle
              const write = interleave;
              interleave = undefined;
              if (write) await write();
              return result;
            },
          };
        },
      }),
    });
    await openDb(sweeping);
    const store = createStore(sweeping);
    await store.saveLabels(
      ['a', 'b', 'c'].map((messageId) => labelInput({ messageId, receivedAt: '2025-06-01T00:00:00Z' })),
    );
    interleave = () =>
      other.saveLabel(labelInput({ messageId: 'b', category: 'account_payment', receivedAt: '2025-06-01T00:00:00Z' }));
    const swept = await store.sweep(new Date('2030-01-01T00:00:00Z'));
    expect(interleave).toBeUndefined(); // the other write did happen mid-sweep
    // b was re-read: account_payment (P6Y) expires in 2031, so it stays active; a and c expired.
    expect(swept.changed).toBe(2);
    expect(await store.getLabel('mbx-anna', 'b')).toMatchObject({ category: 'account_payment', status: 'active' });
  });
});
