import { describe, expect, it } from 'vitest';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const saveAt = new Date('2026-11-25T12:00:00Z');

describe('policies and relabelOutdated', () => {
  it('keeps every policy version, audits each change, refuses a changed policy under the same version', async () => {
    const { store } = await freshStore();
    expect(await store.activePolicy()).toBeUndefined();
    await store.setPolicy(testPolicy('v1'), 'admin@example.co.uk');
    await store.setPolicy(testPolicy('v1'), 'admin@example.co.uk'); // unchanged: no new version, no entry
    await rejectsWith(store.setPolicy(testPolicy('v1', { dueSoonDays: 10 }), 'admin@example.co.uk'), 'invalid');
    await rejectsWith(store.setPolicy({ ...testPolicy('v3'), dueSoonDays: -4 }, 'admin@example.co.uk'), 'invalid');
    const noDefault = await rejectsWith(
      store.setPolicy(testPolicy('v3', { defaultCategory: 'gone' }), 'a@example.co.uk'),
      'invalid',
    );
    expect(noDefault.message).toMatch(/defaultCategory "gone"/);
    await store.setPolicy(testPolicy('v2', { dueSoonDays: 10 }), 'admin@example.co.uk');
    expect((await store.activePolicy())?.version).toBe('v2');
    const log = await store.auditLog();
    expect(log.map((e) => [e.type, e.details.version, e.details.previousVersion])).toEqual([
      ['policy_change', 'v1', null],
      ['policy_change', 'v2', 'v1'],
    ]);
  });

  it('gives labels of older policy versions the new period, expiry and status; keeps holds and corrections', async () => {
    const { store } = await freshStore();
    const v1 = testPolicy('v1');
    await store.setPolicy(v1, 'admin@example.co.uk');
    await store.saveLabels([
      labelInput({ messageId: 'sup', receivedAt: '2025-06-01T00:00:00Z', policy: v1 }),
      labelInput({ messageId: 'held', receivedAt: '2025-06-01T00:00:00Z', policy: v1 }),
      labelInput({ messageId: 'rec', category: 'call_recording', receivedAt: '2026-10-01T00:00:00Z', policy: v1 }),
    ]);
    await store.recordDecision({
      mailboxId: 'mbx-anna',
      messageId: 'held',
      actor: 'maria.lopez@example.co.uk',
      at: saveAt,
      type: 'legal_hold',
      reason: 'Claim',
    });
    const cats = v1.categories
      .map((c) =>
        c.id === 'support_request'
          ? { ...c, lawfulBasis: 'legitimate_interests' as const, retention: { ...c.retention, period: 'P1Y' } }
          : c,
      )
      .filter((c) => c.id !== 'call_recording');
    const v2 = { ...testPolicy('v2'), categories: cats };
    await store.setPolicy(v2, 'admin@example.co.uk');
    expect(await store.relabelOutdated(v2, saveAt)).toEqual({ updated: 3 });
    expect(await store.getLabel('mbx-anna', 'sup')).toMatchObject({
      policyVersion: 'v2',
      period: 'P1Y',
      lawfulBasis: 'legitimate_interests',
      expiresAt: '2026-06-01T00:00:00.000Z',
      status: 'expired',
    });
    expect((await store.getLabel('mbx-anna', 'held'))?.status).toBe('legal_hold');
    const rec = await store.getLabel('mbx-anna', 'rec');
    expect(rec).toMatchObject({ category: 'general_comms', period: 'P1Y' });
    expect(rec?.reasons[0]).toMatch(/call_recording.*not in policy v2/);
    expect(await store.relabelOutdated(v2, saveAt)).toEqual({ updated: 0 });
    const entry = (await store.auditLog()).find((e) => e.type === 'policy_relabel')!;
    expect(entry.details).toMatchObject({ fromVersions: ['v1'], toVersion: 'v2' });
    expect((entry.details.items as unknown[]).length).toBe(3);
  });
});

describe('remembered corrections', () => {
  it('remembers per thread and sender hash, relabels stored mail it covers, applies to new machine labels, audited', async () => {
    const { store, db } = await freshStore();
    await store.setPolicy(testPolicy(), 'admin@example.co.uk');
    await store.saveLabel(labelInput({ messageId: 'old', threadId: 't-1' }));
    await store.rememberCorrection({
      mailboxId: 'mbx-anna',
      from: 'Priya.Sharma@customer.example',
      category: 'account_payment',
      actor: 'maria.lopez@example.co.uk',
      reason: 'Priya only writes about invoices',
    });
    expect(await store.correctionFor({ mailboxId: 'mbx-anna', from: 'priya.sharma@customer.example' })).toEqual({
      category: 'account_payment',
      actor: 'maria.lopez@example.co.uk',
    });
    expect(await store.correctionFor({ mailboxId: 'mbx-ben', from: 'priya.sharma@customer.example' })).toBeUndefined();
    expect(await store.getLabel('mbx-anna', 'old')).toMatchObject({
      category: 'account_payment',
      period: 'P6Y',
      correctedBy: 'maria.lopez@example.co.uk',
    });
    const fresh = await store.saveLabel(labelInput({ messageId: 'new' }));
    expect(fresh).toMatchObject({ category: 'account_payment', correctedBy: 'maria.lopez@example.co.uk' });
    expect(JSON.stringify(await db.corrections.toArray())).not.toContain('priya');
    const entry = (await store.auditLog()).find((e) => e.type === 'correction_remembered')!;
    expect(entry.details).toMatchObject({ category: 'account_payment', relabelled: ['old'] });
    await store.rememberCorrection({
      mailboxId: 'mbx-anna',
      threadId: 't-1',
      category: 'support_request',
      actor: 'maria.lopez@example.co.uk',
      reason: 'This thread is a fault report',
    });
    expect(
      (await store.correctionFor({ mailboxId: 'mbx-anna', from: 'priya.sharma@customer.example', threadId: 't-1' }))
        ?.category,
    ).toBe('support_request');
    await rejectsWith(
      store.rememberCorrection({ mailboxId: 'mbx-anna', category: 'x', actor: 'a', reason: 'r' }),
      'invalid',
    );
    await rejectsWith(
      store.rememberCorrection({
        mailboxId: 'mbx-anna',
        from: 'a@b.example',
        category: 'astrology',
        actor: 'a',
        reason: 'r',
      }),
      'invalid',
    );
  });
});
