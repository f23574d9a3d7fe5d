import fc from 'fast-check';
import { nextLineStart } from '../../../../../shared/core/detect/detectors/person-name';
import { couldBeName, readName, TITLE } from '../../../../../shared/core/detect/detectors/person-name-parts';

/** readName written as one pattern with a capture (how it was first written): the faster form must agree with it. */
const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
const WORD = `(?:[${UPPER}]['\u2019][${UPPER}][${LOWER}]+|[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:-[${UPPER}][${LOWER}]+)?)`;
const ONE_PATTERN = new RegExp(
  `(?:${TITLE}\\.? )?((?:[${UPPER}]\\.? )?${WORD}(?: (?:[${UPPER}]\\.? )?${WORD}){0,3})`,
  'y',
);

function reference(text: string, pos: number): [number, number] | null {
  ONE_PATTERN.lastIndex = pos;
  const m = ONE_PATTERN.exec(text);
  if (m === null) return null;
  const name = m[1]!;
  const words = name.split(' ').map((w) => (w.endsWith('.') ? w.slice(0, -1) : w));
  if (!words.every(couldBeName)) return null;
  const end = pos + m[0].length;
  return [end - name.length, end];
}

describe('readName', () => {
  it('reads titles, initials and up to four name words, and refuses words that are not names', () => {
    const at = (text: string) => {
      const n = readName(text, 0);
      return n === null ? null : text.slice(n[0], n[1]);
    };
    expect(at('Mrs Patel called')).toBe('Patel');
    expect(at('Dr. Aisha Khan, Practice Manager')).toBe('Aisha Khan');
    expect(at('Tom J. Baker <tom@example.com>')).toBe('Tom J. Baker');
    // Known limitations, pinned so that a change to them is deliberate: an apostrophe name takes no hyphenated part,
    // and a title with no name after it is read as a name word.
    expect(at("Siobhán O'Brien-Walsh")).toBe("Siobhán O'Brien");
    expect(at('Dr 123')).toBe('Dr');
    expect(at('Valued Customer')).toBeNull();
    expect(at('the Patels')).toBeNull();
  });

  it('agrees with the one-pattern form at every position of generated text', () => {
    const piece = fc.constantFrom(
      ...['Mr', 'Mrs', 'Ms.', 'Dr', 'Prof', 'Sir', 'Tom', 'Baker', 'J.', 'O\u2019Brien', "O'Neil", 'Smith-Jones'],
      ...['McDonald', 'Zoë', 'Team', 'Support', 'Monday', 'the', 'and', 'x', 'ÉLISE', 'Élise', '123', 'A.'],
    );
    const sep = fc.constantFrom(' ', '  ', ', ', '.', '\n', '-', '');
    const text = fc
      .array(fc.tuple(piece, sep), { maxLength: 12 })
      .map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) expect(readName(t, i)).toEqual(reference(t, i));
      }),
      { numRuns: 400 },
    );
  });
});

describe('nextLineStart (between a sign-off and the signed name)', () => {
  const NEXT_LINE = /\r?\n(?:[ \t>]*\r?\n){0,2}[ \t>]*/y;
  const reference = (text: string, pos: number) => {
    NEXT_LINE.lastIndex = pos;
    return NEXT_LINE.test(text) ? NEXT_LINE.lastIndex : -1;
  };

  it('agrees with the pattern at every position of generated text', () => {
    const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '>', '> ', 'Priya', ',', '');
    const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) expect(nextLineStart(t, i)).toBe(reference(t, i));
      }),
      { numRuns: 1000 },
    );
  });
});
