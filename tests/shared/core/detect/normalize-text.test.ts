import { normalizeText, REMOVED_UNITS, toOriginalSpan } from '../../../../shared/core/detect/normalize-text';

describe('normalizeText', () => {
  it('returns the text itself, with no map, when nothing needs changing', () => {
    const n = normalizeText('Call 07700 900123 – thanks');
    expect(n.text).toBe('Call 07700 900123 - thanks');
    const plain = normalizeText('plain ascii text');
    expect(plain).toEqual({ text: 'plain ascii text', map: null });
  });

  it('removes zero-width characters and maps spans back to the original', () => {
    const original = '07\u200B700\u200C 900\u200D123\u2060 x\uFEFF';
    const n = normalizeText(original);
    expect(n.text).toBe('07700 900123 x');
    const [s, e] = toOriginalSpan(n, 0, 12);
    expect(original.slice(s, e)).toBe('07\u200B700\u200C 900\u200D123');
  });

  it('turns full-width digits, letters and @ into ASCII, one for one', () => {
    const original = 'ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ　０７７００';
    const n = normalizeText(original);
    expect(n.text).toBe('jane@example.com 07700');
    expect(toOriginalSpan(n, 17, 22)).toEqual([17, 22]);
  });

  it('turns no-break spaces and Unicode dashes into space and hyphen, and drops soft hyphens', () => {
    expect(normalizeText('07700\u00A0900123 12\u201334\u201356 pass\u00ADword').text).toBe(
      '07700 900123 12-34-56 password',
    );
  });

  it('keeps lone surrogates and other text untouched', () => {
    const original = 'a\uD800b\u200Bc\uDC00';
    expect(normalizeText(original).text).toBe('a\uD800bc\uDC00');
  });

  it('removes exactly the units REMOVED_UNITS names (the seam check in message-text.ts relies on it)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      expect(normalizeText(unit).text === '', c.toString(16)).toBe(REMOVED_UNITS.test(unit));
    }
  });
});
