import fc from 'fast-check';
import { nextLineStart, SIGN_OFF } from '../../../../../shared/core/detect/detectors/person-name';
import {
  couldBeName,
  couldBeNameLabel,
  mayEndSignOff,
  NAME_LABEL,
  readName,
  TITLE,
} from '../../../../../shared/core/detect/detectors/person-name-parts';

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

describe('couldBeNameLabel (may a name label hold the "name" at p)', () => {
  const LABEL_AT = new RegExp(NAME_LABEL.source, 'iy');

  /** The rule by trying the label pattern from every position up to p. */
  function holds(text: string, p: number): boolean {
    for (let s = 0; s <= p; s++) {
      LABEL_AT.lastIndex = s;
      if (LABEL_AT.test(text) && LABEL_AT.lastIndex > p) return true;
    }
    return false;
  }

  it('tells labels from mere mentions', () => {
    expect(couldBeNameLabel('my name is Jane', 3)).toBe(true);
    expect(couldBeNameLabel("my name's Jane", 3)).toBe(true);
    expect(couldBeNameLabel('Customer name: Jane', 9)).toBe(true);
    expect(couldBeNameLabel('Name \u2013 Jane', 0)).toBe(true);
    expect(couldBeNameLabel('Your name will appear on the badge', 5)).toBe(false);
    expect(couldBeNameLabel('the names below', 4)).toBe(false);
    expect(couldBeNameLabel('this is Sam', 0)).toBe(true); // other triggers are not tested
  });

  it('holds wherever the label pattern holds a "name" word start (generated text)', () => {
    const piece = fc.constantFrom(
      ...['name', 'Name', 'NAME', 'names', 'named', "name's", "names'", 'nameless', 'my', 'My', 'is', 'IS', 'isn'],
      ...['customer', "o'", "'", 'x', ':', '\u2013', '-', 'this is', "i'm", 'attn', 'é', '_', '1', 'Jane'],
    );
    const gap = fc.constantFrom(' ', ' ', '', '  ', '\t', '\n', ': ', "'");
    const text = fc.array(fc.tuple(piece, gap), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let p = 0; p < t.length; p++) {
          if (!/^name/i.test(t.slice(p)) || /\w/.test(t[p - 1] ?? '')) continue;
          if (holds(t, p)) expect(couldBeNameLabel(t, p)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mayEndSignOff (can a sign-off line go on to a name)', () => {
  it('passes sign-offs that end in punctuation or a line break, not prose', () => {
    expect(mayEndSignOff('Kind regards,\nPriya', 0)).toBe(true);
    expect(mayEndSignOff('Thanks Tom\n', 0)).toBe(true);
    expect(mayEndSignOff('Thanks for getting back to me so quickly.', 0)).toBe(false);
    expect(mayEndSignOff('Kind of you to send the photos', 0)).toBe(false);
    expect(mayEndSignOff('Cheers', 0)).toBe(false); // the text ends: no name can follow
  });

  it('holds wherever the sign-off pattern ends in punctuation or at a line break (generated lines)', () => {
    const word = fc.constantFrom(
      ...['kind', 'Kind', 'best', 'warm', 'warmest', 'many', 'with kind', 'with best', 'all the', 'regards'],
      ...['wishes', 'THANKS', 'thank you', 'cheers', 'sincerely', 'faithfully', 'yours sincerely', 'yours faithfully'],
      ...['yours truly', 'take care', 'speak soon', 'for', 'Tom', 'x', 'é', '1'],
    );
    const gap = fc.constantFrom(' ', '  ', '\t', '', ',', '.', '!', ', ', '\n', '\r\n', '?', ' ,');
    const line = fc
      .tuple(fc.constantFrom('', ' ', '> ', '\t'), fc.array(fc.tuple(word, gap), { maxLength: 5 }))
      .map(([lead, parts]) => lead + parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(line, (t) => {
        SIGN_OFF.lastIndex = 0;
        if (!SIGN_OFF.test(t)) return;
        const pos = SIGN_OFF.lastIndex;
        const matched = t.slice(0, pos);
        const next = t.charCodeAt(pos);
        if (!/[,.!]/.test(matched) && next !== 10 && next !== 13) return;
        let i = 0;
        while (/[ \t>]/.test(t[i] ?? '')) i++;
        expect(mayEndSignOff(t, i)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
