import { describe, expect, it } from 'vitest';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const at = new Date('2026-11-25T12:00:00Z');
const base = { mailboxId: 'mbx-anna', messageId: 'msg-1', actor: 'maria.lopez@example.co.uk', at };

async function seeded() {
  const s = await freshStore();
  await s.store.setPolicy(testPolicy(), 'admin@example.co.uk');
  // Received 2019: a support request (P2Y) long expired.
  await s.store.saveLabel(labelInput({ receivedAt: '2019-03-01T10:00:00Z' }));
  return s;
}

describe('recordDecision', () => {
  it('dispose marks the label disposed, keeps the decision, and writes one audit entry in the same transaction', async () => {
    const { store, db } = await seeded();
    const d = await store.recordDecision({ ...base, type: 'dispose', reason: 'Past retention, no open matter' });
    const label = await store.getLabel('mbx-anna', 'msg-1');
    expect(label?.status).toBe('disposed');
    expect(label?.disposedAt).toBe(at.toISOString());
    expect(label?.subject).toBeNull(); // the mail is deleted; its subject is not kept either
    expect(d.before.status).toBe('expired');
    const entry = (await db.audit.get(d.auditSeq))!;
    expect(entry).toMatchObject({ type: 'decision', target: 'mbx-anna/msg-1', actor: base.actor });
    expect(entry.details).toMatchObject({ decision: 'dispose', reason: 'Past retention, no open matter' });
    expect(await store.decisionsFor('mbx-anna', 'msg-1')).toEqual([d]);
    await rejectsWith(store.recordDecision({ ...base, type: 'keep', reason: 'too late' }), 'invalid');
  });

  it('extend sets a new expiry; an expiry in the past is refused with nothing written', async () => {
    const { store, db } = await seeded();
    await rejectsWith(
      store.recordDecision({ ...base, type: 'extend', until: '2026-01-01T00:00:00Z', reason: 'x' }),
      'invalid',
    );
    await rejectsWith(store.recordDecision({ ...base, type: 'extend', until: 'next year', reason: 'x' }), 'invalid');
    expect(await db.decisions.count()).toBe(0);
    await store.recordDecision({
      ...base,
      type: 'extend',
      until: '2027-06-01T00:00:00Z',
      reason: 'Open complaint CMP-7',
    });
    const label = await store.getLabel('mbx-anna', 'msg-1');
    expect(label).toMatchObject({
      expiresAt: '2027-06-01T00:00:00.000Z',
      extendedUntil: '2027-06-01T00:00:00.000Z',
      status: 'active',
    });
  });

  it('a legal hold is never expired, lapses only when released, and blocks disposal meanwhile', async () => {
    const { store } = await seeded();
    await store.recordDecision({ ...base, type: 'legal_hold', reason: 'Potential claim, solicitor letter SL-22' });
    const q = await store.reviewQueue({ now: new Date('2031-01-01T00:00:00Z') });
    expect(q.items.map((i) => i.status)).toEqual(['legal_hold']);
    expect(q.counts.byStatus.expired).toBe(0);
    await rejectsWith(store.recordDecision({ ...base, type: 'dispose', reason: 'x' }), 'invalid');
    await store.recordDecision({ ...base, type: 'release_hold', reason: 'Claim settled' });
    expect((await store.getLabel('mbx-anna', 'msg-1'))?.status).toBe('expired');
    await rejectsWith(store.recordDecision({ ...base, type: 'release_hold', reason: 'again' }), 'invalid');
  });

  it('relabel takes lawful basis, period and expiry from the active policy', async () => {
    const { store } = await seeded();
    await store.recordDecision({
      ...base,
      type: 'relabel',
      category: 'account_payment',
      reason: 'It is an invoice query',
    });
    const label = await store.getLabel('mbx-anna', 'msg-1');
    expect(label).toMatchObject({
      category: 'account_payment',
      lawfulBasis: 'contract',
      period: 'P6Y',
      expiresAt: '2025-03-01T10:00:00.000Z',
      correctedBy: base.actor,
    });
    await rejectsWith(
      store.recordDecision({ ...base, type: 'relabel', category: 'astrology', reason: 'x' }),
      'invalid',
    );
  });

  it('keep records the review without changing the label', async () => {
    const { store } = await seeded();
    const before = await store.getLabel('mbx-anna', 'msg-1');
    await store.recordDecision({ ...base, type: 'keep', reason: 'Reviewed; still needed for the account' });
    const after = await store.getLabel('mbx-anna', 'msg-1');
    expect({ ...after, lastDecision: undefined, updatedAt: undefined }).toEqual({
      ...before,
      lastDecision: undefined,
      updatedAt: undefined,
    });
    expect(after?.lastDecision).toEqual({ type: 'keep', at: at.toISOString(), actor: base.actor });
  });

  it('refuses an unknown message, an empty reason or actor — clear errors, nothing written', async () => {
    const { store, db } = await seeded();
    const auditBefore = await db.audit.count();
    await rejectsWith(store.recordDecision({ ...base, messageId: 'nope', type: 'keep', reason: 'x' }), 'not_found');
    const e = await rejectsWith(store.recordDecision({ ...base, type: 'dispose', reason: '   ' }), 'invalid');
    expect(e.message).toMatch(/reason/);
    await rejectsWith(store.recordDecision({ ...base, actor: '', type: 'keep', reason: 'x' }), 'invalid');
    await rejectsWith(
      store.recordDecision({ ...base, type: 'legal_hold', reason: 'x', until: '2020-01-01' }),
      'invalid',
    );
    expect(await db.decisions.count()).toBe(0);
    expect(await db.audit.count()).toBe(auditBefore);
    expect((await store.getLabel('mbx-anna', 'msg-1'))?.status).toBe('expired');
  });
});
