// @vitest-environment happy-dom
/** Row text as the sites show it: white space collapsed like the page renders it, shown dates read as UTC instants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressIn, parseAbsoluteDate, parseShownDate, textOf } from '../../../extension/sites/read-text';

const NOW = new Date('2026-11-25T12:00:00Z');

function span(text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

describe('textOf', () => {
  it('keeps text with single spaces as it is, trimmed', () => {
    expect(textOf(span('Invoice INV-20431 payment sent'))).toBe('Invoice INV-20431 payment sent');
    expect(textOf(span('  padded  '))).toBe('padded');
  });

  it('collapses runs of white space, tabs, line breaks and no-break spaces into one space', () => {
    expect(textOf(span('Hi Sam,\n\nI have  paid\tthe\u00a0invoice.\r\n'))).toBe('Hi Sam, I have paid the invoice.');
    expect(textOf(span('a \u2003 b'))).toBe('a b');
    expect(textOf(span('\n'))).toBe('');
  });

  it('reads nested text and nothing for a missing element', () => {
    const el = span('Priya ');
    el.append(span('Shah'));
    expect(textOf(el)).toBe('Priya Shah');
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });
});

describe('parseShownDate', () => {
  it.each([
    ['Thu 12/03/2026 10:02', '2026-03-12T10:02:00.000Z'],
    ['\u200eThu 12/03/2026\u200f 10:02', '2026-03-12T10:02:00.000Z'],
    ['Thu, 12 Mar 2026, 10:02', '2026-03-12T10:02:00.000Z'],
    ['12 March 2026', '2026-03-12T00:00:00.000Z'],
    ['Mar 12, 2026, 9:05', '2026-03-12T09:05:00.000Z'],
    ['2026-03-12T10:02:00Z', '2026-03-12T10:02:00.000Z'],
    ['10:02', '2026-11-25T10:02:00.000Z'],
    ['Thu 10:02', '2026-11-25T10:02:00.000Z'],
  ])('%s → %s', (shown, iso) => {
    expect(parseShownDate(shown, NOW)).toBe(iso);
  });

  it("reads Outlook's row titles in one match with the same result as the general path", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Mon', 'Thu', 'Sun'),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (day, d, m, y, h, min) => {
          const shown = `${day} ${d}/${m}/${y} ${h}:${String(min).padStart(2, '0')}`;
          // Wrapped in brackets, the title no longer fits the one-match shape and takes the general path.
          expect(parseShownDate(shown, NOW)).toBe(parseShownDate(`(${shown})`, NOW));
        },
      ),
    );
  });

  it('gives null for what is not a date, twice in a row (no state kept between calls)', () => {
    for (const shown of ['', null, undefined, 'yesterday', '12 Foo 2026', '2026-13-45', 'Meeting at 10:02 tomorrow']) {
      expect(parseShownDate(shown, NOW)).toBeNull();
      expect(parseShownDate(shown, NOW)).toBeNull();
    }
  });
});

describe('parseAbsoluteDate (what may enter an id: never read against a clock)', () => {
  it('reads a date that names its own day, as parseShownDate does', () => {
    for (const t of [
      'Tue 24/11/2026 09:12',
      'Tuesday, 24 November 2026 09:12',
      'Nov 24, 2026 9:12',
      '2026-11-24T09:12Z',
    ]) {
      expect(parseAbsoluteDate(t)).toBe('2026-11-24T09:12:00.000Z');
      expect(parseAbsoluteDate(t)).toBe(parseShownDate(t, NOW));
    }
  });

  it('gives null for a clock alone or a relative day, which parseShownDate dates today', () => {
    for (const t of ['09:12', 'Tue 09:12', '\u200e10:02']) {
      expect(parseShownDate(t, NOW)).not.toBeNull();
      expect(parseAbsoluteDate(t)).toBeNull();
    }
    for (const t of ['Yesterday 09:12', 'Tue', '', null, undefined]) expect(parseAbsoluteDate(t)).toBeNull();
  });

  it('never depends on the clock: whatever it reads, parseShownDate reads the same at any time', () => {
    fc.assert(
      fc.property(fc.string(), fc.date({ noInvalidDate: true }), (t, now) => {
        const abs = parseAbsoluteDate(t);
        if (abs !== null) expect(parseShownDate(t, now)).toBe(abs);
      }),
    );
  });
});

describe('addressIn', () => {
  it('pulls the first address out of display text, lower-cased', () => {
    expect(addressIn('Priya Shah <Priya.Shah@Example.com>')).toBe('priya.shah@example.com');
    expect(addressIn('no address')).toBe('');
  });
});
