/** The label stored on the Outlook item: within Outlook's custom-property budget, round-trips, rejects foreign data. */
import { itemLabelClassification, parseItemLabel, serializeItemLabel } from '../../../outlook-addin/common/item-label';
import { cardDataLabel } from '../fixtures';

describe('item label', () => {
  it('round-trips', () => {
    const label = cardDataLabel();
    expect(parseItemLabel(serializeItemLabel(label))).toEqual(label);
    expect(itemLabelClassification(label)).toMatchObject({
      category: 'card_data',
      retention: { period: 'P0D', status: 'expired' },
      personalData: [],
    });
  });

  it('stays within 2,300 characters however many reasons, keeping the first', () => {
    const reasons = Array.from({ length: 40 }, (_, i) => `Reason ${i}: ${'evidence words '.repeat(20)}`);
    const text = serializeItemLabel({ ...cardDataLabel(), reasons });
    expect(text.length).toBeLessThanOrEqual(2_300);
    const back = parseItemLabel(text);
    expect(back?.reasons[0]).toBe(reasons[0]);
    expect(back?.category).toBe('card_data');
  });

  it('ignores what is not ours', () => {
    for (const v of [
      undefined,
      '',
      'not json',
      '{}',
      JSON.stringify({ v: 2, category: 'x' }),
      42,
      { v: 1, category: 'x', period: 'P1Y' },
    ]) {
      expect(parseItemLabel(v)).toBeUndefined();
    }
  });
});
