import { describe, expect, it } from 'vitest';
import { checkChain, EMPTY_HEAD, GENESIS_HASH, hashEntry, sealEntries } from '../../../shared/store/audit-chain';
import type { AuditEntry } from '../../../shared/store/types';
import { freshStore, labelInput, testPolicy } from './helpers';

const at = new Date('2026-11-25T12:00:00Z');
const draft = (n: number) => ({
  at: at.toISOString(),
  actor: 'maria.lopez@example.co.uk',
  type: 'decision' as const,
  target: `mbx/m${n}`,
  details: { n },
});

describe('audit chain (pure)', () => {
  it('seals entries with consecutive seqs, each carrying the previous hash', async () => {
    const sealed = await sealEntries([draft(1), draft(2), draft(3)], EMPTY_HEAD);
    expect(sealed.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(sealed[0]!.prevHash).toBe(GENESIS_HASH);
    expect(sealed[1]!.prevHash).toBe(sealed[0]!.hash);
    expect(sealed[2]!.hash).toBe(await hashEntry(sealed[2]!));
    expect((await checkChain(sealed, EMPTY_HEAD)).problems).toEqual([]);
  });

  it('the hash does not depend on key order (IndexedDB may return keys in another order)', async () => {
    const [e] = await sealEntries([draft(1)], EMPTY_HEAD);
    const shuffled = Object.fromEntries(Object.entries(e!).reverse()) as unknown as AuditEntry;
    expect(await hashEntry(shuffled)).toBe(e!.hash);
  });

  it('names an edited, a removed and a reordered entry', async () => {
    const log = await sealEntries([1, 2, 3, 4, 5].map(draft), EMPTY_HEAD);
    const edited = log.map((e) => (e.seq === 3 ? { ...e, actor: 'someone.else@example.co.uk' } : e));
    expect((await checkChain(edited, EMPTY_HEAD)).problems.map((p) => p.seq)).toEqual([3]);
    const removed = log.filter((e) => e.seq !== 2);
    const r = await checkChain(removed, EMPTY_HEAD);
    expect(r.problems).toEqual([{ seq: 3, problem: 'entries 2–2 before entry 3 are missing' }]);
    const reordered = [log[0]!, log[2]!, log[1]!, log[3]!, log[4]!];
    expect((await checkChain(reordered, EMPTY_HEAD)).problems.map((p) => p.seq)).toEqual([3, 2, 4]);
  });

  it('names an entry replaced by a re-hashed forgery (the next entry no longer links to it)', async () => {
    const log = await sealEntries([1, 2, 3].map(draft), EMPTY_HEAD);
    const forged = { ...log[1]!, details: { n: 99 } };
    const rehashed = { ...forged, hash: await hashEntry(forged) };
    const r = await checkChain([log[0]!, rehashed, log[2]!], EMPTY_HEAD);
    expect(r.problems.map((p) => p.seq)).toEqual([2]);
  });
});

describe('verifyAuditLog on the database', () => {
  async function withLog() {
    const s = await freshStore();
    await s.store.setPolicy(testPolicy(), 'admin@example.co.uk');
    await s.store.saveLabels([1, 2, 3, 4].map((n) => labelInput({ messageId: `m${n}` })));
    for (const n of [1, 2, 3, 4]) {
      await s.store.recordDecision({
        mailboxId: 'mbx-anna',
        messageId: `m${n}`,
        actor: 'maria.lopez@example.co.uk',
        at,
        type: 'keep',
        reason: `Reviewed ${n}`,
      });
    }
    await s.store.recordSharingEvent({
      at,
      actor: 'tom.baker@example.co.uk',
      kind: 'override',
      action: 'warn',
      justification: { type: 'court_order', reference: 'CO-2026-114' },
      recipients: [{ domain: 'partner.example', status: 'unvetted' }],
      kinds: { phone: 1 },
      client: 'extension',
    });
    return s;
  }

  it('passes an untouched log: policy change, decisions and the sharing override are all there, in order', async () => {
    const { store } = await withLog();
    expect(await store.verifyAuditLog()).toEqual({ ok: true, count: 6 });
    const log = await store.auditLog();
    expect(log.map((e) => e.type)).toEqual([
      'policy_change',
      'decision',
      'decision',
      'decision',
      'decision',
      'sharing_event',
    ]);
    expect(log[5]!.details).toMatchObject({ justification: { type: 'court_order', reference: 'CO-2026-114' } });
    expect((await store.auditLog({ limit: 2, offset: 1 })).map((e) => e.seq)).toEqual([2, 3]);
  });

  it('finds an entry edited in the database', async () => {
    const { store, db } = await withLog();
    await db.audit.update(3, { actor: 'intruder@example.co.uk' });
    const v = await store.verifyAuditLog();
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problems.map((p) => p.seq)).toEqual([3]);
  });

  it('finds an entry deleted from the middle, and entries cut from the end', async () => {
    const { store, db } = await withLog();
    await db.audit.delete(4);
    let v = await store.verifyAuditLog();
    expect(!v.ok && v.problems).toEqual([{ seq: 5, problem: 'entries 4–4 before entry 5 are missing' }]);
    await db.audit.bulkDelete([5, 6]);
    v = await store.verifyAuditLog();
    expect(!v.ok && v.problems.map((p) => p.problem)).toContain('entries 4–6 were removed from the end of the log');
  });

  it('finds two entries swapped', async () => {
    const { store, db } = await withLog();
    const [a, b] = [(await db.audit.get(2))!, (await db.audit.get(3))!];
    await db.audit.bulkPut([
      { ...b, seq: 2 },
      { ...a, seq: 3 },
    ]);
    const v = await store.verifyAuditLog();
    expect(!v.ok && v.problems.map((p) => p.seq)).toEqual([2, 3]);
  });
});

describe('two connections appending at once (two tabs)', () => {
  it('keeps one unbroken chain: a write whose head moved is retried, never forked', async () => {
    const { store, factory } = await freshStore();
    const { IDBKeyRange } = await import('fake-indexeddb');
    const { MailguardDb } = await import('../../../shared/store/db');
    const { createStore, openDb } = await import('../../../shared/store/open-store');
    const other = new MailguardDb('mailguard-test', { indexedDB: factory, IDBKeyRange });
    await openDb(other);
    const second = createStore(other);
    const event = (n: number) => ({
      at,
      actor: `tab-${n % 2}@example.co.uk`,
      kind: 'warning' as const,
      action: 'warn' as const,
      recipients: [],
      kinds: { phone: n },
      client: 'extension' as const,
    });
    await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 2 ? store : second).recordSharingEvent(event(n + 1))));
    expect(await store.verifyAuditLog()).toEqual({ ok: true, count: 30 });
    const seqs = (await store.auditLog({ limit: 100 })).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});
