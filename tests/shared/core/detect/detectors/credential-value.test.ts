import fc from 'fast-check';
import { withValueNear } from '../../../../../shared/core/detect/detectors/credential';
import { couldBeInLabel, LABEL, toFormEnd } from '../../../../../shared/core/detect/detectors/credential-value';

/** The pattern toFormEnd reads by hand. */
const TO_FORM = /[ \t]+(?:[a-z]+[ \t]+){0,2}(?:to|as)[ \t]+/y;

function reference(text: string, pos: number): number {
  TO_FORM.lastIndex = pos;
  return TO_FORM.test(text) ? TO_FORM.lastIndex : -1;
}

describe('toFormEnd ("password changed to X")', () => {
  it('finds the words up to "to"/"as" and the blanks after them', () => {
    const text = 'password changed to Hunter22';
    expect(text.slice(8, toFormEnd(text, 8))).toBe(' changed to ');
    expect(toFormEnd('username is bob', 8)).toBe(-1);
    expect(toFormEnd('pin was set as 4821', 3)).toBe(15);
    expect(toFormEnd('password\tto x', 8)).toBe(12);
  });

  it('agrees with the pattern at every position of generated text', () => {
    const piece = fc.constantFrom('to', 'as', 'To', 'toast', 'was', 'set', 'x', 'changed', 'Hunter22', '', 'a');
    const gap = fc.constantFrom(' ', '  ', '\t', '\n', '', ': ', ' \t ');
    const text = fc
      .array(fc.tuple(gap, piece), { maxLength: 10 })
      .map((parts) => parts.map(([g, p]) => g + p).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) expect(toFormEnd(t, i)).toBe(reference(t, i));
      }),
      { numRuns: 500 },
    );
  });
});

describe('withValueNear (which credential triggers have a value in reach)', () => {
  /** The rule, one position at a time: a stop within 40 characters, and it is not a line end. */
  function reference(text: string, positions: readonly number[]): number[] {
    const isWord = (c: number) => /\w/.test(String.fromCharCode(c));
    return positions.filter((p) => {
      for (let i = p; i < Math.min(text.length, p + 41); i++) {
        const c = text.charCodeAt(i);
        if (c === 10) return false;
        if (/[:=\-"'`0-9\u2013\u201c\u2018]/.test(text[i]!)) return true;
        const word = /^(?:is|was|to|as)(?!\w)/.exec(text.slice(i, i + 4));
        if (word && (i === 0 || !isWord(text.charCodeAt(i - 1)))) return true;
      }
      return false;
    });
  }

  it('agrees with the one-position-at-a-time rule, also when triggers share a line', () => {
    const piece = fc.constantFrom(
      'password',
      'user',
      'is',
      'was',
      'this',
      'to',
      'as',
      'x',
      'code',
      '1234',
      ':',
      '\u2013',
    );
    const gap = fc.constantFrom(' ', '  ', '\n', '', ', ', ' \u201c');
    const text = fc
      .array(fc.tuple(piece, gap), { maxLength: 14 })
      .map((parts) => parts.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), (t, picks) => {
        const positions = [...new Set(picks.map((n) => n % (t.length + 1)))].sort((a, b) => a - b);
        expect(withValueNear(t, positions)).toEqual(reference(t, positions));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('couldBeInLabel (may a label hold the code/key/token/secret/digit at p)', () => {
  const LABEL_AT = new RegExp(LABEL.source, 'iy');
  const END = /(?:code|key|token|secret|digit)/iy;

  /** The rule by trying the label pattern from every position up to p. */
  function reference(text: string, p: number): boolean {
    for (let s = 0; s <= p; s++) {
      LABEL_AT.lastIndex = s;
      if (LABEL_AT.test(text) && LABEL_AT.lastIndex > p) return true;
    }
    return false;
  }

  it('tells labels from mere mentions', () => {
    expect(couldBeInLabel('the verification code 552', 17)).toBe(true);
    expect(couldBeInLabel('type in the code 482', 12)).toBe(true);
    expect(couldBeInLabel('enter the access code', 17)).toBe(true);
    expect(couldBeInLabel('the Wi-Fi key is', 10)).toBe(true);
    expect(couldBeInLabel('The code on the back', 4)).toBe(false);
    expect(couldBeInLabel('Sort code: 20-45-77', 5)).toBe(false);
  });

  it('holds wherever the label pattern reaches such a word (generated text)', () => {
    // Every LABEL form that holds one of the words, with look-alikes and odd joins around them.
    const label = fc.constantFrom(
      ...['pass code', 'pin code', 'one-time code', 'one time key', '2fa code', 'MFA key', 'otp code', 'auth code'],
      ...['authentication code', 'logmein code', 'join code', 'meeting key', 'confirmation code', 'remote key'],
      ...['support code', 'session key', 'connection code', 'access key', 'verification code', 'security key'],
      ...[
        'rescue code',
        'enter the code',
        'type in the code',
        'type the key code',
        'key in the code',
        'read out the code',
      ],
      ...['give us the secret code', 'give me the code', 'enter the the code', 'teamviewer code', 'team viewer code'],
      ...['anydesk code', 'any desk code', 'card security code', '3-digit code', 'three digit number', '3 digit code'],
      ...['api-key', 'api key', 'apikey', 'secret key', 'client secret', 'access token', 'auth token', 'bearer token'],
      ...['recovery key', 'wpa key', 'network key', 'wi-fi key', 'wifi key', 'Wi-Fi KEY', 'ENTER THE TOKEN CODE'],
    );
    const piece = fc.constantFrom(
      'code',
      'key',
      'token',
      'secret',
      'digit',
      'the',
      'The',
      'x',
      'sort',
      'no.',
      '_',
      'é',
      '13',
    );
    const gap = fc.constantFrom(' ', ' ', '-', '', '  ', '\n', ': ', '.');
    const text = fc
      .array(fc.tuple(fc.oneof(label, piece), gap), { maxLength: 8 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let p = 0; p < t.length; p++) {
          END.lastIndex = p;
          if (!END.test(t) || /\w/.test(t[p - 1] ?? '')) continue;
          if (reference(t, p)) expect(couldBeInLabel(t, p)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
