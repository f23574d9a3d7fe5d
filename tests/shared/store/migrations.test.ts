import { describe, expect, it } from 'vitest';
import { EMPTY_HEAD, sealEntries } from '../../../shared/store/audit-chain';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../../shared/store/db-schema';
import { labelV1ToV2 } from '../../../shared/store/migrations/label-v1-to-v2';
import { createStore } from '../../../shared/store/open-store';
import { NEVER } from '../../../shared/store/retention-math';
import { testPolicy } from './helpers';
import { type Seed, upgradeFrom } from './migration-harness';

/** A v1 label row as release 1 wrote it (no phase, no dueKey). */
function v1Label(i: number) {
  const status = (['active', 'due_soon', 'expired', 'legal_hold', 'disposed'] as const)[i % 5]!;
  const expiresAt = i % 7 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString();
  return {
    mailboxId: `mbx-${i % 3}`,
    messageId: `msg-${i}`,
    receivedAt: '2023-01-01T00:00:00.000Z',
    senderDomain: 'customer.example',
    senderHash: 'a'.repeat(64),
    participantHashes: ['a'.repeat(64), 'b'.repeat(64)],
    subject: `Synthetic subject ${i}`,
    category: i % 2 ? 'support_request' : 'account_payment',
    lawfulBasis: 'contract',
    period: 'P2Y',
    expiresAt,
    status: status === 'disposed' ? 'expired' : status,
    ...(status === 'disposed' ? { disposedAt: '2026-01-01T00:00:00.000Z' } : {}),
    kinds: { phone: 1 },
    reasons: ['test'],
    policyVersion: 'test-1',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** Rows of every table as they were written at one version (labels given in that version's shape). */
async function seedTables(db: Parameters<Seed>[0], labels: readonly object[]): Promise<void> {
  await db.table('labels').bulkAdd(labels as object[]);
  const drafts = Array.from({ length: 40 }, (_, i) => ({
    at: '2026-01-01T00:00:00.000Z',
    actor: 'maria.lopez@example.co.uk',
    type: 'decision' as const,
    target: `mbx-0/msg-${i}`,
    details: { i },
  }));
  const sealed = await sealEntries(drafts, EMPTY_HEAD);
  await db.table('audit').bulkAdd(sealed);
  await db.table('meta').put({ key: 'auditHead', value: { seq: 40, hash: sealed[39]!.hash } });
  await db.table('decisions').bulkAdd(
    Array.from({ length: 40 }, (_, i) => ({
      mailboxId: 'mbx-0',
      messageId: `msg-${i}`,
      type: 'keep',
      actor: 'maria.lopez@example.co.uk',
      at: '2026-01-01T00:00:00.000Z',
      reason: 'r',
      before: { status: 'active', expiresAt: null, category: 'x' },
      auditSeq: i + 1,
    })),
  );
  await db.table('policies').add({
    version: 'test-1',
    policy: testPolicy(),
    setAt: '2026-01-01T00:00:00.000Z',
    actor: 'admin@example.co.uk',
  });
  await db.table('corrections').add({
    mailboxId: 'mbx-0',
    scope: 'sender',
    key: 'a'.repeat(64),
    category: 'account_payment',
    actor: 'x',
    reason: 'r',
    at: '2026-01-01T00:00:00.000Z',
  });
  await db.table('sharingEvents').add({
    at: '2026-01-01T00:00:00.000Z',
    actor: 'x',
    kind: 'warning',
    action: 'warn',
    recipients: [],
    kinds: {},
    client: 'extension',
    auditSeq: 1,
  });
}

const v1Labels = () => Array.from({ length: 1500 }, (_, i) => v1Label(i));

/** Seeds for every version that is not current (a new schema version needs one for the version before it). */
const SEEDS: Record<number, Seed> = {
  1: (db) => seedTables(db, v1Labels()),
  // What a v2 release wrote: v1 rows with phase and dueKey (exactly the v2 transform's output).
  2: (db) => seedTables(db, v1Labels().map(labelV1ToV2)),
};

describe('schema versions', () => {
  it('every version is declared once, in order, with a dated note', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    for (const v of SCHEMA_VERSIONS) expect(v.note).toMatch(/^\d{4}-\d{2}-\d{2}: /);
  });

  it('has a seed for every older version, so each upgrade path is tested', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) expect(SEEDS[v], `seed for version ${v}`).toBeTypeOf('function');
  });
});

describe('label v1 → v2 transform (pure)', () => {
  it('adds phase and dueKey, keeps every other field, does not touch its input', () => {
    const row = v1Label(1);
    const frozen = Object.freeze({ ...row });
    const up = labelV1ToV2(frozen);
    expect(up).toEqual({ ...row, phase: 'open', dueKey: row.expiresAt });
    expect(labelV1ToV2({ ...row, status: 'legal_hold' }).phase).toBe('held');
    expect(labelV1ToV2({ ...row, disposedAt: '2026-01-01T00:00:00.000Z' }).phase).toBe('disposed');
    expect(labelV1ToV2({ ...row, expiresAt: null }).dueKey).toBe(NEVER);
  });
});

describe('upgrading a database seeded at an older version', () => {
  for (let from = 1; from < CURRENT_VERSION; from++) {
    it(`v${from} → v${CURRENT_VERSION}: zero rows lost in any table, and the store works on the upgraded data`, async () => {
      const { before, after, db } = await upgradeFrom(from, SEEDS[from]!);
      expect(db.verno).toBe(CURRENT_VERSION);
      expect(after).toEqual(before);
      const store = createStore(db);
      expect(await store.verifyAuditLog()).toEqual({ ok: true, count: 40 });
      const q = await store.reviewQueue({ now: new Date('2026-11-25T00:00:00Z'), pageSize: 500 });
      const open = (await db.labels.toArray()).filter((r) => r.phase !== 'disposed').length;
      expect(q.total).toBe(open); // never-expiring rows included (v1's index dropped them)
      expect(q.counts.byStatus.disposed).toBe(300);
      expect(await db.labels.where('[phase+dueKey]').equals(['open', NEVER]).count()).toBeGreaterThan(0);
      const mbx1 = await store.reviewQueue({ now: new Date('2026-11-25T00:00:00Z'), mailbox: 'mbx-1' });
      const inMbx1 = (await db.labels.toArray()).filter((r) => r.mailboxId === 'mbx-1' && r.phase !== 'disposed');
      expect(mbx1.counts.byCategory.support_request).toBe(
        inMbx1.filter((r) => r.category === 'support_request').length,
      );
      await store.recordDecision({
        mailboxId: 'mbx-1',
        messageId: 'msg-1',
        actor: 'maria.lopez@example.co.uk',
        at: new Date('2026-11-25T00:00:00Z'),
        type: 'keep',
        reason: 'after upgrade',
      });
      expect(await store.verifyAuditLog()).toEqual({ ok: true, count: 41 });
      db.close();
    });
  }
});
