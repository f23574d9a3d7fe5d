/** A row's cells as shown read as the text the core classifies: sender's address, date received, white space. */
import { describe, expect, it } from 'vitest';
import type { RowCells } from '../../../extension/messaging/protocol';
import { rowTextOf } from '../../../extension/sites/row-text';

const NOW = new Date('2026-11-25T12:00:00Z');
const cells = (over: Partial<RowCells> = {}): RowCells => ({
  messageId: 'm1',
  threadId: 't1',
  from: ['Priya Shah <Priya.Shah@example.com>'],
  subject: '  Invoice \n INV-20431\tpaid ',
  preview: 'Hi Sam,\u00a0I have paid.',
  dates: ['Wed 25/11/2026 10:02'],
  ...over,
});

describe('rowTextOf', () => {
  it('takes the address out of the sender text, collapses white space and reads the shown date', () => {
    expect(rowTextOf(cells(), NOW)).toEqual({
      messageId: 'm1',
      threadId: 't1',
      from: 'priya.shah@example.com',
      subject: 'Invoice INV-20431 paid',
      preview: 'Hi Sam, I have paid.',
      receivedAt: '2026-11-25T10:02:00.000Z',
    });
  });

  it('takes the first text that holds an address, and the first date that parses', () => {
    const text = rowTextOf(
      cells({
        from: [null, 'ada@localhost', 'Ada <ada@example.org>', 'bob@example.com'],
        dates: [null, 'Yesterday', '12 Mar 2026, 09:15', 'Thu 12/03/2026 10:02'],
      }),
      NOW,
    );
    expect(text.from).toBe('ada@example.org');
    expect(text.receivedAt).toBe('2026-03-12T09:15:00.000Z');
  });

  it('dates a clock-only time today, and a row with no date now; no sender gives an empty address', () => {
    expect(rowTextOf(cells({ dates: ['10:02'] }), NOW).receivedAt).toBe('2026-11-25T10:02:00.000Z');
    const bare = rowTextOf(cells({ from: [], dates: [] }), NOW);
    expect(bare.receivedAt).toBe(NOW.toISOString());
    expect(bare.from).toBe('');
  });

  it('leaves the thread out when the row has none', () => {
    expect('threadId' in rowTextOf(cells({ threadId: undefined }), NOW)).toBe(false);
  });
});
