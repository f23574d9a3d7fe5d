import { describe, expect, it } from 'vitest';
import { hashAddress, sha256Hex } from '../../../shared/store/hashing';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const now = new Date('2026-11-25T12:00:00Z');

describe('saveLabel / getLabel', () => {
  it('stores the minimum: sender domain and hashes, truncated subject, kinds and counts — no addresses or values', async () => {
    const { store, db } = await freshStore();
    const input = labelInput({
      kinds: ['phone', 'phone', 'email'],
      subject: `${'Refund for order 4411 '.repeat(5)}Zanzibar`,
    });
    const saved = await store.saveLabel(input);
    expect(saved.senderDomain).toBe('customer.example');
    expect(saved.senderHash).toBe(await hashAddress('priya.sharma@customer.example'));
    expect(saved.participantHashes).toContain(await hashAddress('SUPPORT@example.co.uk'));
    expect(saved.kinds).toEqual({ phone: 2, email: 1 });
    expect(Array.from(saved.subject!)).toHaveLength(60);
    expect(saved.subject!.endsWith('…')).toBe(true);
    const raw = JSON.stringify(await db.labels.toArray());
    expect(raw).not.toContain('priya.sharma');
    expect(raw).not.toContain('support@');
    expect(raw).not.toContain('Zanzibar'); // the end of the long subject was cut
    expect(await store.getLabel('mbx-anna', 'msg-1')).toEqual(saved);
  });

  it("keeps only the subject's hash when the policy says subjectStorage: 'hash'", async () => {
    const { store } = await freshStore();
    await store.setPolicy(testPolicy('test-1', { subjectStorage: 'hash' }), 'admin@example.co.uk');
    const saved = await store.saveLabel(labelInput({ subject: 'Card 4111 1111 1111 1111 payment' }));
    expect(saved.subject).toBeNull();
    expect(saved.subjectHash).toBe(await sha256Hex('Card 4111 1111 1111 1111 payment'));
  });

  it('upserts by (mailbox, message) and getLabels answers in the order asked', async () => {
    const { store } = await freshStore();
    await store.saveLabel(labelInput({ messageId: 'a', category: 'support_request' }));
    await store.saveLabel(labelInput({ messageId: 'b' }));
    await store.saveLabel(labelInput({ messageId: 'a', category: 'account_payment' }));
    const mixed = await store.saveLabels([
      labelInput({ messageId: 'c' }),
      labelInput({ messageId: 'b', category: 'general_comms' }),
      labelInput({ messageId: 'd' }),
    ]);
    expect(mixed.map((l) => [l.messageId, l.category])).toEqual([
      ['c', 'support_request'],
      ['b', 'general_comms'],
      ['d', 'support_request'],
    ]);
    expect((await store.getLabel('mbx-anna', 'b'))?.category).toBe('general_comms');
    const got = await store.getLabels('mbx-anna', ['b', 'zzz', 'a']);
    expect(got.map((l) => l?.messageId)).toEqual(['b', undefined, 'a']);
    expect(got[2]?.category).toBe('account_payment');
  });

  it("never overwrites a person's correction with a machine label, and audits the correction", async () => {
    const { store } = await freshStore();
    await store.saveLabel(labelInput({ category: 'support_request' }));
    await store.saveLabel(labelInput({ category: 'account_payment', correctedBy: 'maria.lopez@example.co.uk' }));
    const machine = await store.saveLabel(labelInput({ category: 'general_comms' }));
    expect(machine.category).toBe('account_payment');
    expect(machine.correctedBy).toBe('maria.lopez@example.co.uk');
    const log = await store.auditLog();
    expect(log.map((e) => e.type)).toEqual(['label_correction']);
    expect(log[0]!.details).toMatchObject({ from: 'support_request', to: 'account_payment' });
  });

  it('a re-classification keeps a legal hold and a disposal', async () => {
    const { store } = await freshStore();
    await store.saveLabel(labelInput({ messageId: 'held' }));
    await store.saveLabel(labelInput({ messageId: 'gone' }));
    const base = { mailboxId: 'mbx-anna', actor: 'maria.lopez@example.co.uk', at: now };
    await store.recordDecision({
      ...base,
      messageId: 'held',
      type: 'legal_hold',
      reason: 'Claim by customer, ref CL-1',
    });
    await store.recordDecision({ ...base, messageId: 'gone', type: 'dispose', reason: 'Past retention' });
    expect((await store.saveLabel(labelInput({ messageId: 'held' }))).status).toBe('legal_hold');
    const gone = await store.saveLabel(labelInput({ messageId: 'gone' }));
    expect(gone.status).toBe('disposed');
    expect(gone.subject).toBeNull();
  });

  it('saveLabels writes a batch; one bad input rejects the batch and writes nothing', async () => {
    const { store, db } = await freshStore();
    const inputs = Array.from({ length: 50 }, (_, i) => labelInput({ messageId: `m${i}` }));
    expect(await store.saveLabels(inputs)).toHaveLength(50);
    await rejectsWith(
      store.saveLabels([labelInput({ messageId: 'ok' }), labelInput({ messageId: 'bad', from: 'not an address' })]),
      'invalid',
    );
    await rejectsWith(store.saveLabel(labelInput({ messageId: 'bad-date', receivedAt: 'yesterday' })), 'invalid');
    expect(await db.labels.count()).toBe(50);
  });
});

describe('findBySubject', () => {
  it('lists every message to or from one person, matched by address hash, case and display name ignored', async () => {
    const { store } = await freshStore();
    await store.saveLabel(labelInput({ messageId: 'from-priya', receivedAt: '2026-01-01T00:00:00Z' }));
    await store.saveLabel(
      labelInput({
        messageId: 'to-priya',
        from: 'support@example.co.uk',
        participants: ['Priya.Sharma@Customer.example'],
        receivedAt: '2026-02-01T00:00:00Z',
      }),
    );
    await store.saveLabel(
      labelInput({ messageId: 'other', from: 'tom.baker@elsewhere.example', participants: ['support@example.co.uk'] }),
    );
    await store.saveLabel(
      labelInput({ mailboxId: 'mbx-ben', messageId: 'other-box', receivedAt: '2025-06-01T00:00:00Z' }),
    );
    const found = await store.findBySubject('"Priya Sharma" <PRIYA.SHARMA@customer.example>');
    expect(found.map((l) => l.messageId)).toEqual(['to-priya', 'from-priya', 'other-box']);
    expect(found.map((l) => l.messageId)).not.toContain('other');
    await rejectsWith(store.findBySubject('nobody'), 'invalid');
  });
});

describe('bad input from a caller', () => {
  it('is a StoreError `invalid`, never a raw TypeError', async () => {
    const { store } = await freshStore();
    await rejectsWith(
      store.rememberCorrection({
        mailboxId: 'mbx-anna',
        from: 'no address here',
        category: 'x',
        actor: 'a',
        reason: 'r',
      }),
      'invalid',
    );
    await rejectsWith(store.saveLabel({ ...labelInput(), participants: ['nobody'] }), 'invalid');
    await rejectsWith(store.correctionFor({ mailboxId: 'mbx-anna', from: 'nobody' }), 'invalid');
  });
});
