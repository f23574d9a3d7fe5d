/**
 * The background's `saveImportedLabels` verb over the real store (fake-indexeddb): imported messages land in the review
 * queue with their category under the active policy's version, keyed by Message-ID (importing again updates, never
 * duplicates, and keeps a manager's decision), every participant is findable by a data-subject search, remembered
 * corrections apply, bad input is refused whole, and web pages' content scripts cannot use the verb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_MAILBOX_ID } from '../../../extension/entrypoints/review/mailbox-import';
import type { ImportedLabel } from '../../../extension/messaging/protocol';
import { classifyEmail } from '../../../shared/core/classify';
import { defaultPolicy } from '../../../shared/core/policy';
import { makeRouter } from './router-harness';

type Harness = Awaited<ReturnType<typeof makeRouter>>;
let h: Harness;
afterEach(() => h?.close());

const NOW = new Date('2026-11-25T12:00:00Z');
const MB = IMPORT_MAILBOX_ID;

function imported(messageId: string, from: string, subject: string, body: string, cc: string[] = []): ImportedLabel {
  const receivedAt = '2025-02-03T10:00:00.000Z';
  const to = ['support@northwind-it.co.uk'];
  return {
    messageId,
    from,
    to,
    cc,
    subject,
    receivedAt,
    classification: classifyEmail({ from, to, cc, subject, body, receivedAt }, { policy: defaultPolicy, now: NOW }),
  };
}

const batch = (): ImportedLabel[] => [
  imported('inv-1@example.test', 'priya.shah@example.com', 'Invoice INV-20431 paid', 'I paid the invoice by transfer'),
  imported('card-2@example.test', 'oliver.brooks@example.com', 'My card', 'Card 4111 1111 1111 1111, CVC 123', [
    'ada.fictional@example.test',
  ]),
  imported('sar-3@example.test', 'cleo.sample@example.com', 'Subject access request', 'Please send all my data.'),
];

describe('saveImportedLabels', () => {
  it('stores each imported message with its category and the active policy version; the queue shows them', async () => {
    h = await makeRouter(NOW);
    const labels = batch();
    expect(new Set(labels.map((l) => l.classification.category)).size).toBeGreaterThan(1);
    expect(await h.ok({ type: 'saveImportedLabels', mailboxId: MB, labels })).toEqual({ added: 3, updated: 0 });
    const queue = await h.ok({ type: 'reviewQueue', query: { mailbox: MB, pageSize: 50 } });
    expect(queue.total).toBe(3);
    for (const l of labels) {
      const item = queue.items.find((i) => i.messageId === l.messageId);
      expect(item?.category, l.messageId).toBe(l.classification.category);
      const stored = await h.store.getLabel(MB, l.messageId);
      expect(stored?.policyVersion).toBe(defaultPolicy.version);
    }
  });

  it('keys by Message-ID: importing again updates (no duplicates) and keeps a decision', async () => {
    h = await makeRouter(NOW);
    h.local['mailguard.role'] = 'manager';
    await h.ok({ type: 'saveImportedLabels', mailboxId: MB, labels: batch() });
    await h.ok({
      type: 'recordDecision',
      decisions: [{ mailboxId: MB, messageId: 'card-2@example.test', type: 'legal_hold', reason: 'court case' }],
    });
    expect(await h.ok({ type: 'saveImportedLabels', mailboxId: MB, labels: batch() })).toEqual({
      added: 0,
      updated: 3,
    });
    const queue = await h.ok({ type: 'reviewQueue', query: { mailbox: MB, pageSize: 50 } });
    expect(queue.total).toBe(3);
    expect(queue.items.find((i) => i.messageId === 'card-2@example.test')?.status).toBe('legal_hold');
  });

  it('makes sender, recipients and cc findable by a data-subject search (stored as hashes)', async () => {
    h = await makeRouter(NOW);
    await h.ok({ type: 'saveImportedLabels', mailboxId: MB, labels: batch() });
    for (const [address, ids] of [
      ['ada.fictional@example.test', ['card-2@example.test']],
      ['support@northwind-it.co.uk', ['inv-1@example.test', 'card-2@example.test', 'sar-3@example.test']],
    ] as const) {
      const found = await h.ok({ type: 'findBySubject', address });
      expect(found.items.map((i) => i.messageId).sort(), address).toEqual([...ids].sort());
    }
  });

  it("applies a person's remembered correction for the sender to imported mail", async () => {
    h = await makeRouter(NOW);
    const other = defaultPolicy.categories.find((c) => c.id !== batch()[0]!.classification.category)!;
    await h.store.rememberCorrection({
      mailboxId: MB,
      from: 'priya.shah@example.com',
      category: other.id,
      actor: 'Sam Taylor',
      reason: 'this sender is a supplier',
    });
    await h.ok({ type: 'saveImportedLabels', mailboxId: MB, labels: batch() });
    const stored = await h.store.getLabel(MB, 'inv-1@example.test');
    expect(stored?.category).toBe(other.id);
    expect(stored?.correctedBy).toBe('Sam Taylor');
  });

  it('refuses bad input whole, with the reason, and saves nothing', async () => {
    h = await makeRouter(NOW);
    const broken = { ...batch()[1]!, receivedAt: 'not a date' };
    const reply = await h.send({ type: 'saveImportedLabels', mailboxId: MB, labels: [batch()[0]!, broken] });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/receivedAt/);
    expect((await h.ok({ type: 'reviewQueue', query: { mailbox: MB } })).total).toBe(0);
    const noMailbox = await h.send({ type: 'saveImportedLabels', mailboxId: ' ', labels: batch() });
    expect(noMailbox).toEqual({ ok: false, error: 'the import needs a mailbox name' });
  });

  it("is not available to web pages' content scripts", async () => {
    h = await makeRouter(NOW);
    const reply = await h.send({ type: 'saveImportedLabels', mailboxId: MB, labels: batch() }, h.tab);
    expect(reply.ok).toBe(false);
    expect((await h.ok({ type: 'reviewQueue', query: { mailbox: MB } })).total).toBe(0);
  });
});
