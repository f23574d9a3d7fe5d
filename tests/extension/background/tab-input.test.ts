/**
 * What a tab may send the background: content scripts reach only the mailbox verbs, and a malformed payload is
 * refused whole, with the reason (a tab is not trusted input).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RowCells } from '../../../extension/messaging/protocol';
import { rowChipAt } from '../../../extension/messaging/row-chips';
import { makeRouter, row } from './router-harness';

type Harness = Awaited<ReturnType<typeof makeRouter>>;
let h: Harness;
afterEach(() => h?.close());

const MB = 'outlook:outlook.office.com';
const NOW = new Date('2026-11-25T12:00:00Z');

describe('what a tab may send', () => {
  it('content scripts cannot reach page-only verbs', async () => {
    h = await makeRouter(NOW);
    for (const r of [
      { type: 'exportReview', format: 'csv' },
      { type: 'savePolicy', policy: {} },
      { type: 'auditLog' },
    ] as const) {
      const reply = await h.send(r, h.tab);
      expect(reply.ok, r.type).toBe(false);
    }
  });

  it('refuses a classifyRows request whose rows are not row cells (or too many), whole, with the reason', async () => {
    h = await makeRouter(NOW);
    const good = row('g', 'priya.shah@example.com', 'Invoice', 'Paid');
    const bad: unknown[] = [
      { ...good, from: 'not a list' },
      { ...good, subject: 42 },
      { ...good, preview: 'x'.repeat(20_000) },
      { ...good, dates: [{}] },
      null,
    ];
    for (const b of bad) {
      const reply = await h.send({ type: 'classifyRows', mailboxId: MB, rows: [good, b as RowCells] }, h.tab);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/malformed classifyRows request/) });
    }
    const many = await h.send({ type: 'classifyRows', mailboxId: MB, rows: Array(2001).fill(good) }, h.tab);
    expect(many).toMatchObject({ ok: false, error: expect.stringMatching(/at most 2000 rows/) });
    // The same row alone is labelled.
    const fine = await h.ok({ type: 'classifyRows', mailboxId: MB, rows: [good] }, h.tab);
    expect(rowChipAt(fine.chips, 0)?.state.category).toBe('account_payment');
  });
});
