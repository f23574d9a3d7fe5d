/**
 * The background's protocol router over the real store (fake-indexeddb) and the real core: what content scripts and
 * pages rely on — row and message labels, stored labels winning, relabels remembered, manager-only decisions, policy
 * validation, and the review-page verbs. What a tab may send: tab-input.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageText } from '../../../extension/messaging/protocol';
import { rowChipAt } from '../../../extension/messaging/row-chips';
import { classifyEmail } from '../../../shared/core/classify';
import { defaultPolicy } from '../../../shared/core/policy';
import { basisWords } from '../../../shared/ui/format-label';
import { makeRouter, row } from './router-harness';

type Harness = Awaited<ReturnType<typeof makeRouter>>;
let h: Harness;
afterEach(() => h?.close());

const MB = 'outlook:outlook.office.com';
const NOW = new Date('2026-11-25T12:00:00Z');
const message = (
  id: string,
  from: string,
  subject: string,
  body: string,
  receivedAt = '2026-11-20T09:00:00Z',
): MessageText => ({
  messageId: id,
  threadId: `t-${id}`,
  from,
  to: ['sam.taylor@northwind-it.co.uk'],
  cc: [],
  subject,
  body,
  receivedAt,
  attachments: [],
});

describe('labels', () => {
  it('labels rows from their text with the core, and shows the stored label once the message was opened', async () => {
    h = await makeRouter(NOW);
    const rows = [
      row('a', 'priya.shah@example.com', 'Invoice INV-20431 payment sent', 'I have paid the invoice by bank transfer'),
      row('b', 'oliver.brooks@example.com', 'My card details', 'Card 4111 1111 1111 1111, security code 123'),
    ];
    const first = await h.ok({ type: 'classifyRows', mailboxId: MB, rows }, h.tab);
    for (const [i, r] of rows.entries()) {
      const core = classifyEmail(
        {
          from: (r.from[1] ?? '').replace(/^.*<|>$/g, ''),
          to: [],
          subject: r.subject.trim(),
          body: r.preview,
          receivedAt: '2026-11-20T09:00:00.000Z',
        },
        { policy: defaultPolicy, now: NOW },
      );
      const chip = rowChipAt(first.chips, i);
      expect(chip?.state).toMatchObject({ category: core.category, source: 'preview' });
      expect(chip?.texts.summary).toContain(basisWords(core.lawfulBasis));
    }
    // The two rows' chips differ; each state and text travels once.
    expect(first.chips.rows).toHaveLength(4);
    const m = message(
      'b',
      'oliver.brooks@example.com',
      'My card details',
      'Please take payment: 4111 1111 1111 1111, security code 123.',
    );
    const opened = await h.ok({ type: 'classifyMessage', mailboxId: MB, message: m }, h.tab);
    expect(opened.label.category).toBe(classifyEmail({ ...m }, { policy: defaultPolicy, now: NOW }).category);
    expect(opened.label.kinds.map((k) => k.kind)).toContain('card_number');
    const again = await h.ok({ type: 'classifyRows', mailboxId: MB, rows }, h.tab);
    expect(rowChipAt(again.chips, 1)?.state).toMatchObject({ source: 'message', category: opened.label.category });
    expect((await h.ok({ type: 'tabLabel', tabId: 7 })).label?.messageId).toBe('b');
  });

  it('stores no body and no found value', async () => {
    h = await makeRouter(NOW);
    const m = message(
      'c',
      'grace.mbeki@example.net',
      'Remote session',
      'My password is Sunflower#2026 and IP 192.0.2.44',
    );
    await h.ok({ type: 'classifyMessage', mailboxId: MB, message: m }, h.tab);
    const exported = (await h.ok({ type: 'exportReview', format: 'json' })).text;
    expect(exported).toContain('"c"');
    expect(exported).not.toContain('Sunflower');
    expect(exported).not.toContain('192.0.2.44');
  });

  it("a relabel is stored, marked as a person's, and remembered for the sender's next mail", async () => {
    h = await makeRouter(NOW);
    const from = 'nina.rossi@example.org';
    await h.ok(
      {
        type: 'classifyMessage',
        mailboxId: MB,
        message: message('d', from, 'Cannot log in to the VPN', 'It says authentication failed.'),
      },
      h.tab,
    );
    const fixed = await h.ok(
      {
        type: 'relabel',
        mailboxId: MB,
        messageId: 'd',
        threadId: 't-d',
        from,
        category: 'dispute',
        reason: 'she is disputing a bill',
      },
      h.tab,
    );
    expect(fixed.label).toMatchObject({ category: 'dispute', source: 'person', correctedBy: 'staff member' });
    const stored = await h.ok({ type: 'getLabels', mailboxId: MB, messageIds: ['d'] }, h.tab);
    expect(stored.labels[0]?.category).toBe('dispute');
    const next = await h.ok(
      { type: 'classifyMessage', mailboxId: MB, message: message('e', from, 'Another question', 'Hello again.') },
      h.tab,
    );
    expect(next.label).toMatchObject({ category: 'dispute', source: 'person' });
    const preview = await h.ok(
      { type: 'classifyRows', mailboxId: MB, rows: [row('f', from, 'Hi', 'a third mail')] },
      h.tab,
    );
    expect(rowChipAt(preview.chips, 0)?.state).toMatchObject({ category: 'dispute', source: 'person' });
    const bad = await h.send(
      { type: 'relabel', mailboxId: MB, messageId: 'd', from, category: 'no_such', reason: 'x' },
      h.tab,
    );
    expect(bad).toEqual({ ok: false, error: 'unknown category "no_such"' });
  });
});

describe('decisions and roles', () => {
  it('only a manager records decisions; each lands in the verified audit log', async () => {
    h = await makeRouter(NOW);
    await h.ok(
      {
        type: 'classifyMessage',
        mailboxId: MB,
        message: message(
          'g',
          'peter.novak@example.com',
          'Overdue invoice',
          'Invoice overdue, please pay.',
          '2019-01-01T09:00:00Z',
        ),
      },
      h.tab,
    );
    const decision = { mailboxId: MB, messageId: 'g', type: 'dispose' as const, reason: 'past six years' };
    const asStaff = await h.send({ type: 'recordDecision', decisions: [decision] });
    expect(asStaff).toEqual({ ok: false, error: 'only a manager can record review decisions' });
    await h.ok({ type: 'saveSettings', role: 'manager', actor: 'Jo Whitfield' });
    expect((await h.send({ type: 'recordDecision', decisions: [{ ...decision, reason: '  ' }] })).ok).toBe(false);
    expect(await h.ok({ type: 'recordDecision', decisions: [decision] })).toEqual({ recorded: 1, failures: [] });
    // A second dispose is refused by the store and reported by message; the rest of the batch still counts.
    const again = await h.ok({ type: 'recordDecision', decisions: [decision, { ...decision, messageId: 'nope' }] });
    expect(again.recorded).toBe(0);
    expect(again.failures.map((f) => f.messageId)).toEqual(['g', 'nope']);
    expect(again.failures[0]?.error).toMatch(/already disposed/);
    const audit = await h.ok({ type: 'auditLog', limit: 10 });
    expect(audit.entries[0]).toMatchObject({ actor: 'Jo Whitfield', action: 'decision: dispose' });
    expect(await h.ok({ type: 'verifyAuditLog' })).toMatchObject({ ok: true });
    expect(h.changes()).toBeGreaterThan(0);
  });

  it("an administrator's role cannot be changed by the user", async () => {
    h = await makeRouter(NOW);
    h.managed.role = 'staff';
    const reply = await h.send({ type: 'saveSettings', role: 'manager' });
    expect(reply).toEqual({ ok: false, error: 'your administrator has fixed the role' });
    expect((await h.ok({ type: 'getSettings' })).roleLocked).toBe(true);
  });
});

describe('policy', () => {
  it('rejects an invalid policy with per-field paths and keeps the old one; a valid one becomes active and audited', async () => {
    h = await makeRouter(NOW);
    const bad = structuredClone(defaultPolicy) as { processors: { vettedUntil: string }[]; dueSoonDays: number };
    bad.processors[0]!.vettedUntil = '2027-02-30';
    bad.dueSoonDays = -1;
    const out = await h.ok({ type: 'savePolicy', policy: bad });
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['processors.0.vettedUntil', 'dueSoonDays']),
      );
    expect((await h.ok({ type: 'getSettings' })).policySource).toBe('default');
    const good = { ...structuredClone(defaultPolicy), version: 'test-2', dueSoonDays: 14 };
    const saved = await h.ok({ type: 'savePolicy', policy: good });
    expect(saved.ok && saved.settings.policyVersion).toBe('test-2');
    expect(
      (await h.ok({ type: 'auditLog' })).entries.some(
        (e) => e.action === 'policy change' && e.details.includes('test-2'),
      ),
    ).toBe(true);
  });

  it('re-decides labels stored under an older policy version on request', async () => {
    h = await makeRouter(NOW);
    const m = message(
      'j',
      'priya.shah@example.com',
      'Invoice INV-1 payment',
      'I have paid the invoice by bank transfer.',
    );
    const before = (await h.ok({ type: 'classifyMessage', mailboxId: MB, message: m }, h.tab)).label;
    const next = structuredClone(defaultPolicy) as typeof defaultPolicy & {
      categories: { id: string; retention: { period: string } }[];
    };
    const cat = next.categories.find((c) => c.id === before.category)!;
    cat.retention.period = 'P7Y';
    const saved = await h.ok({ type: 'savePolicy', policy: { ...next, version: 'test-7y' } });
    expect(saved.ok).toBe(true);
    expect((await h.ok({ type: 'relabelOutdated' })).updated).toBe(1);
    const after = (await h.ok({ type: 'getLabels', mailboxId: MB, messageIds: ['j'] }, h.tab)).labels[0];
    expect(after).toMatchObject({ category: before.category, period: 'P7Y' });
  });

  it('a managed policy is read-only', async () => {
    h = await makeRouter(NOW);
    h.managed.policyJson = JSON.stringify({ ...defaultPolicy, version: 'managed-1' });
    const s = await h.ok({ type: 'getSettings' });
    expect(s).toMatchObject({ policySource: 'managed', policyVersion: 'managed-1' });
    expect(await h.send({ type: 'savePolicy', policy: defaultPolicy })).toEqual({
      ok: false,
      error: 'your administrator manages the policy; it is read-only here',
    });
  });
});

describe('review verbs', () => {
  it('pages the queue, buckets expiries per month, sweeps and finds a data subject', async () => {
    h = await makeRouter(NOW);
    await h.ok(
      {
        type: 'classifyMessage',
        mailboxId: MB,
        message: message(
          'h',
          'ravi.patel@example.com',
          'Subject access request',
          'Under the GDPR I request a copy of my data.',
          '2026-11-01T09:00:00Z',
        ),
      },
      h.tab,
    );
    await h.ok(
      {
        type: 'classifyMessage',
        mailboxId: MB,
        message: message(
          'i',
          'oliver.brooks@example.com',
          'Card number',
          'Card 4111 1111 1111 1111 expiry 09/28',
          '2026-11-24T09:00:00Z',
        ),
      },
      h.tab,
    );
    const q = await h.ok({ type: 'reviewQueue', query: { pageSize: 10 } });
    expect(q.total).toBe(2);
    const months = (await h.ok({ type: 'expiryByMonth' })).months;
    expect(months.reduce((s, m) => s + m.count, 0)).toBe(2);
    expect(months[0]?.month).toBe('overdue');
    expect(await h.ok({ type: 'runSweep' })).toMatchObject({ needingReview: expect.any(Number) });
    const found = await h.ok({ type: 'findBySubject', address: 'Ravi.Patel@example.com ' });
    expect(found.items.map((i) => i.messageId)).toEqual(['h']);
  });
});
