import { isUnicodeDigit, isUnicodeLetter } from '../../../../shared/core/detect/unicode-letter';

const code = (s: string) => s.charCodeAt(0);

describe('isUnicodeLetter (ES2017 stand-in for \\p{L})', () => {
  it.each(['a', 'Z', 'é', 'Ł', 'ß', 'Ω', 'ж', 'ש', 'ع', 'अ', 'ก', 'あ', 'カ', '中', '한'])(
    'counts %s as a letter',
    (ch) => {
      expect(isUnicodeLetter(code(ch))).toBe(true);
    },
  );

  it.each(['1', ' ', '-', "'", '@', '·', '€', '—', '\u00a0', '\u0301', '٣'])('does not count %j as a letter', (ch) => {
    expect(isUnicodeLetter(code(ch))).toBe(false);
  });

  it('agrees with \\p{L} on every code unit of the Latin, Greek and Cyrillic blocks', () => {
    const blocks = [
      [0x00, 0x24f],
      [0x370, 0x3ff],
      [0x400, 0x52f],
      [0x1e00, 0x1eff],
    ] as const;
    const mismatches: string[] = [];
    for (const [lo, hi] of blocks) {
      for (let c = lo; c <= hi; c++) {
        if (isUnicodeLetter(c) !== /\p{L}/u.test(String.fromCharCode(c))) mismatches.push(c.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('isUnicodeDigit', () => {
  it('knows ASCII, Arabic-Indic and Devanagari digits, and nothing else', () => {
    expect(['0', '9', '٣', '۴', '५'].map((d) => isUnicodeDigit(code(d)))).toEqual([true, true, true, true, true]);
    expect(['a', ' ', '½', '²'].map((d) => isUnicodeDigit(code(d)))).toEqual([false, false, false, false]);
  });
});
