import { describe, expect, it } from 'vitest';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const now = new Date('2026-11-25T12:00:00Z');

/** Seeds labels whose expiry relative to `now` is known: support_request is P2Y, general_comms P1Y. */
async function seeded() {
  const s = await freshStore();
  await s.store.setPolicy(testPolicy(), 'admin@example.co.uk');
  const rows = [
    { messageId: 'exp-old', receivedAt: '2023-01-05T00:00:00Z' }, // expired 2025-01-05
    { messageId: 'exp-new', receivedAt: '2024-10-01T00:00:00Z' }, // expired 2026-10-01
    { messageId: 'soon-1', receivedAt: '2024-12-01T00:00:00Z' }, // due 2026-12-01 (6 days)
    { messageId: 'soon-2', receivedAt: '2024-12-20T00:00:00Z' }, // due 2026-12-20 (25 days)
    { messageId: 'act-1', receivedAt: '2026-03-01T00:00:00Z' }, // due 2028
    { messageId: 'act-2', receivedAt: '2025-06-01T00:00:00Z' }, // due 2027-06
    { messageId: 'gen-exp', receivedAt: '2025-02-01T00:00:00Z', category: 'general_comms' }, // expired 2026-02-01
    { messageId: 'other-box', receivedAt: '2023-06-01T00:00:00Z', mailboxId: 'mbx-ben' }, // expired 2025-06-01
  ];
  await s.store.saveLabels(rows.map((r) => labelInput(r)));
  return s;
}

describe('reviewQueue', () => {
  it('shows expired then due soon then active, each by expiry, with counts per status and category', async () => {
    const { store } = await seeded();
    const q = await store.reviewQueue({ now });
    expect(q.items.map((i) => i.messageId)).toEqual([
      'exp-old',
      'other-box',
      'gen-exp',
      'exp-new',
      'soon-1',
      'soon-2',
      'act-2',
      'act-1',
    ]);
    expect(q.items.map((i) => i.status)).toEqual([
      'expired',
      'expired',
      'expired',
      'expired',
      'due_soon',
      'due_soon',
      'active',
      'active',
    ]);
    expect(q.total).toBe(8);
    expect(q.counts.byStatus).toEqual({ expired: 4, due_soon: 2, active: 2, legal_hold: 0, disposed: 0 });
    expect(q.counts.byCategory).toEqual({ support_request: 7, general_comms: 1 });
  });

  it('derives status from the now given, even before a sweep', async () => {
    const { store } = await seeded();
    const later = await store.reviewQueue({ now: new Date('2026-12-02T00:00:00Z'), status: 'expired' });
    expect(later.items.map((i) => i.messageId)).toContain('soon-1');
  });

  it('pages across status groups without gaps or repeats', async () => {
    const { store } = await seeded();
    const all = (await store.reviewQueue({ now, pageSize: 100 })).items.map((i) => i.messageId);
    const paged: string[] = [];
    for (let page = 0; page < 3; page++) {
      const p = await store.reviewQueue({ now, page, pageSize: 3 });
      expect(p.total).toBe(8);
      paged.push(...p.items.map((i) => i.messageId));
    }
    expect(paged).toEqual(all);
    expect((await store.reviewQueue({ now, page: 5, pageSize: 3 })).items).toEqual([]);
  });

  it('filters by status, category and mailbox, and sorts by received date or latest expiry first', async () => {
    const { store } = await seeded();
    expect((await store.reviewQueue({ now, status: 'due_soon' })).items.map((i) => i.messageId)).toEqual([
      'soon-1',
      'soon-2',
    ]);
    expect((await store.reviewQueue({ now, category: 'general_comms' })).items.map((i) => i.messageId)).toEqual([
      'gen-exp',
    ]);
    const ben = await store.reviewQueue({ now, mailbox: 'mbx-ben' });
    expect(ben.items.map((i) => i.messageId)).toEqual(['other-box']);
    expect(ben.counts.byStatus.expired).toBe(1);
    expect(ben.counts.byCategory).toEqual({ support_request: 1 });
    const both = await store.reviewQueue({ now, category: 'support_request', mailbox: 'mbx-anna', status: 'expired' });
    expect(both.items.map((i) => i.messageId)).toEqual(['exp-old', 'exp-new']);
    const desc = await store.reviewQueue({ now, status: 'expired', sort: '-expiresAt' });
    expect(desc.items.map((i) => i.messageId)).toEqual(['exp-new', 'gen-exp', 'other-box', 'exp-old']);
    const byReceived = await store.reviewQueue({ now, status: 'expired', sort: '-receivedAt' });
    expect(byReceived.items.map((i) => i.messageId)).toEqual(['gen-exp', 'exp-new', 'other-box', 'exp-old']);
    const recvAll = await store.reviewQueue({
      now,
      sort: 'receivedAt',
      category: 'support_request',
      mailbox: 'mbx-anna',
    });
    expect(recvAll.items.map((i) => i.messageId)).toEqual(['exp-old', 'exp-new', 'soon-1', 'soon-2', 'act-2', 'act-1']);
  });

  it('keeps labels that never expire, and leaves disposed ones out unless asked', async () => {
    const { store } = await seeded();
    const forever = labelInput({ messageId: 'forever' });
    await store.saveLabel({
      ...forever,
      classification: { ...forever.classification, retention: { period: 'P6Y', expiresAt: null, status: 'active' } },
    });
    await store.recordDecision({
      mailboxId: 'mbx-anna',
      messageId: 'exp-old',
      actor: 'maria.lopez@example.co.uk',
      at: now,
      type: 'dispose',
      reason: 'Expired',
    });
    const q = await store.reviewQueue({ now, pageSize: 100 });
    expect(q.items.map((i) => i.messageId)).not.toContain('exp-old');
    expect(q.items[q.items.length - 1]!.messageId).toBe('forever');
    expect(q.counts.byStatus).toMatchObject({ active: 3, disposed: 1 });
    expect((await store.reviewQueue({ now, status: 'disposed' })).items.map((i) => i.messageId)).toEqual(['exp-old']);
  });

  it('rejects a bad page, page size or date', async () => {
    const { store } = await seeded();
    await rejectsWith(store.reviewQueue({ now, page: -1 }), 'invalid');
    await rejectsWith(store.reviewQueue({ now, pageSize: 0 }), 'invalid');
    await rejectsWith(store.reviewQueue({ now: new Date('x') }), 'invalid');
  });
});
