/**
 * The review chart's counts: open labels per expiry month (UTC), overdue ones, those after the window and those kept
 * indefinitely; held and disposed labels left out; per mailbox or for all; right past 20 000 labels (the old page-by-page
 * count stopped there); and counted on the index, without reading one row.
 */
import { describe, expect, it } from 'vitest';
import { buildLabelRow } from '../../../shared/store/label-row';
import { NEVER } from '../../../shared/store/retention-math';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const from = new Date('2026-11-25T12:00:00Z');
const at = new Date('2026-11-25T12:00:00Z');

/** A label received at `receivedAt` in a category of the test policy (support_request P2Y, general_comms P1Y). */
const label = (messageId: string, receivedAt: string, over: Parameters<typeof labelInput>[0] = {}) =>
  labelInput({ messageId, receivedAt, ...over });

describe('expiryHistogram', () => {
  it('counts open labels per month, overdue and indefinite apart; held and disposed are left out', async () => {
    const { store } = await freshStore();
    await store.setPolicy(testPolicy(), 'admin@example.co.uk');
    const policy = testPolicy();
    const indefinite = {
      ...label('x', '2026-01-01T00:00:00Z').classification,
      retention: { period: 'indefinite', expiresAt: null, status: 'active' as const },
    };
    await store.saveLabels([
      label('over-1', '2023-01-05T00:00:00Z'), // expired 2025-01-05
      label('over-2', '2024-11-25T12:00:00Z'), // expires exactly at `from`: overdue
      label('nov-1', '2024-11-25T12:00:01Z'), // 2026-11-25T12:00:01 (later the same month)
      label('dec-1', '2024-12-01T00:00:00Z'), // 2026-12
      label('dec-2', '2024-12-31T23:59:59Z'), // 2026-12 (last second)
      label('jan-1', '2025-01-01T00:00:00Z'), // 2027-01 (year change)
      label('jun-1', '2025-06-01T00:00:00Z'), // 2027-06
      label('gen-1', '2026-06-10T00:00:00Z', { category: 'general_comms' }), // 2027-06 (P1Y)
      label('held', '2025-06-02T00:00:00Z'), // 2027-06, but held
      label('gone', '2023-02-01T00:00:00Z'), // overdue, but disposed
      label('keep', '2026-01-01T00:00:00Z', { classification: indefinite }),
      label('other-box', '2025-06-03T00:00:00Z', { mailboxId: 'mbx-ben' }), // 2027-06, another mailbox
    ]);
    await store.recordDecision({
      mailboxId: 'mbx-anna',
      messageId: 'held',
      actor: 'Jo',
      at,
      type: 'legal_hold',
      reason: 'claim',
    });
    await store.recordDecision({
      mailboxId: 'mbx-anna',
      messageId: 'gone',
      actor: 'Jo',
      at,
      type: 'dispose',
      reason: 'past',
    });
    expect(policy.categories.length).toBeGreaterThan(1);

    expect(await store.expiryHistogram({ from })).toEqual({
      overdue: 2,
      months: [
        { month: '2026-11', count: 1 },
        { month: '2026-12', count: 2 },
        { month: '2027-01', count: 1 },
        { month: '2027-06', count: 3 },
      ],
      later: 0,
      never: 1,
    });
    const anna = await store.expiryHistogram({ from, mailbox: 'mbx-anna' });
    expect(anna.months.at(-1)).toEqual({ month: '2027-06', count: 2 });
    expect(await store.expiryHistogram({ from, mailbox: 'mbx-ben' })).toEqual({
      overdue: 0,
      months: [{ month: '2027-06', count: 1 }],
      later: 0,
      never: 0,
    });
    // A window of two months (Nov, Dec 2026): January and June are summed as later.
    const short = await store.expiryHistogram({ from, months: 2 });
    expect(short.months.map((m) => m.month)).toEqual(['2026-11', '2026-12']);
    expect(short.later).toBe(4);
  });

  it('counts past 20 000 labels, on the index, without reading a row', async () => {
    const { store, db } = await freshStore();
    const template = await buildLabelRow(label('t', '2025-03-01T00:00:00Z'), testPolicy(), at);
    const total = 20_600;
    const rows = Array.from({ length: total }, (_, i) => {
      // Spread over 2027-01 … 2027-12 (UTC), 1 in 103 overdue, 1 in 211 kept indefinitely.
      const dueKey =
        i % 211 === 0
          ? NEVER
          : i % 103 === 0
            ? '2026-01-15T00:00:00.000Z'
            : `2027-${String((i % 12) + 1).padStart(2, '0')}-10T08:00:00.000Z`;
      return { ...template, messageId: `bulk-${i}`, dueKey, expiresAt: dueKey === NEVER ? null : dueKey };
    });
    await db.labels.bulkAdd(rows);
    const want = new Map<string, number>();
    for (const r of rows) {
      const k = r.dueKey === NEVER ? 'never' : r.dueKey <= from.toISOString() ? 'overdue' : r.dueKey.slice(0, 7);
      want.set(k, (want.get(k) ?? 0) + 1);
    }
    let reads = 0;
    const onRead = (row: unknown) => {
      reads++;
      return row;
    };
    db.labels.hook('reading', onRead);
    const got = await store.expiryHistogram({ from });
    db.labels.hook('reading').unsubscribe(onRead);
    expect(reads).toBe(0);
    expect(got.overdue).toBe(want.get('overdue'));
    expect(got.never).toBe(want.get('never'));
    expect(got.months).toEqual(
      [...want]
        .filter(([k]) => k.startsWith('2027'))
        .map(([month, count]) => ({ month, count }))
        .sort((a, b) => a.month.localeCompare(b.month)),
    );
    expect(got.overdue + got.never + got.months.reduce((n, m) => n + m.count, 0)).toBe(total);
  }, 60_000);

  it('refuses a bad date or window', async () => {
    const { store } = await freshStore();
    await rejectsWith(store.expiryHistogram({ from: new Date('nope') }), 'invalid');
    await rejectsWith(store.expiryHistogram({ from, months: 0 }), 'invalid');
    await rejectsWith(store.expiryHistogram({ from, months: 1.5 }), 'invalid');
  });
});
