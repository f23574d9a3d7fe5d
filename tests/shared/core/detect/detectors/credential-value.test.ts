import fc from 'fast-check';
import { toFormEnd } from '../../../../../shared/core/detect/detectors/credential-value';

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
