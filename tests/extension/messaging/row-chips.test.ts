/** List-row chips travel packed (each state and text once) and unpack to exactly what each row's label shows. */
import { describe, expect, it } from 'vitest';
import { chipView, packRowChips, rowChipAt } from '../../../extension/messaging/row-chips';
import { chipParts } from '../../../shared/ui/chip-parts';
import type { LabelView } from '../../../shared/ui/label-view';

const NOW = new Date('2026-11-25T12:00:00Z');
const label = (i: number, over: Partial<LabelView> = {}): LabelView => ({
  messageId: `m${i}`,
  category: 'contract',
  categoryTitle: 'Contract <b>',
  lawfulBasis: 'contract',
  period: 'P6Y',
  expiresAt: `2032-11-${String(10 + (i % 3)).padStart(2, '0')}T09:00:00.000Z`,
  status: 'active',
  kinds: [],
  reasons: [`reason ${i}`],
  source: 'preview',
  ...over,
});

describe('row chips', () => {
  it("a chip view is the shared chip parts of the label, split into state and the message's texts", () => {
    const l = label(1, { status: 'expired', source: 'message' });
    const p = chipParts(l, NOW);
    expect(chipView(l, NOW)).toEqual({
      state: {
        category: 'contract',
        source: 'message',
        status: 'expired',
        className: p.className,
        icon: p.icon,
        title: 'Contract <b>',
      },
      texts: { summary: p.summary, text: p.text },
    });
  });

  it("unpacks row i to row i's own chip; shared states and texts travel once", () => {
    const labels = Array.from({ length: 30 }, (_, i) =>
      label(i, i % 5 === 0 ? { category: 'hr', categoryTitle: 'HR', status: 'due_soon' } : {}),
    );
    const packed = packRowChips(labels, NOW);
    for (const [i, l] of labels.entries()) expect(rowChipAt(packed, i)).toEqual(chipView(l, NOW));
    expect(packed.states).toHaveLength(2);
    expect(packed.texts.length).toBeLessThanOrEqual(6);
    expect(packed.rows).toHaveLength(60);
  });

  it('has no chip for a row the reply does not cover, or whose indexes point nowhere', () => {
    const packed = packRowChips([label(1)], NOW);
    expect(rowChipAt(packed, 1)).toBeUndefined();
    expect(rowChipAt({ ...packed, rows: [0, 7] }, 0)).toBeUndefined();
  });
});
