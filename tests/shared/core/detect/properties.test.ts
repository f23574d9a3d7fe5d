import fc from 'fast-check';
import { detectPersonalData, maskFinding } from '../../../../shared/core/detect';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../../../../shared/core/types';

/** Any UTF-16 code units, lone surrogates included. */
const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((cs) => String.fromCharCode(...cs));

/** Mail-like text: fragments that trigger every detector, glued by separators, so the deep paths run too. */
const FRAGMENTS = [
  'Dear Mrs Patel,\n',
  'Hi Tom',
  'Kind regards,\n',
  'Priya Shah',
  'Tom Baker <tom@example.com>',
  'my name is Jane Doe',
  '4111 1111 1111 1111',
  '5555-5555-5555-4444',
  '07700 900123',
  '+44 (0)20 7946 0958',
  'jane.doe@example.com',
  'jane dot doe at example dot com',
  '(at)',
  'GB29 NWBK 6016 1331 9268 19',
  'sort code 12-34-56',
  'account number 12345678',
  'AB 12 34 56 C',
  'NHS 943 476 5919',
  '192.0.2.10',
  '2001:db8::1',
  'https://example.com/a?b=c',
  'LS1 4AP',
  '12 High Street',
  'DOB: 12/05/1985',
  'password: Summer2024!',
  'PIN 4821',
  'TeamViewer ID 123 456 789',
  'ACME-PC-042',
  'fileserver01.corp.local',
  '\\\\SRV01\\x',
  '10.0.19045.1',
  'INC0012345',
  '£1,234.56',
  '12/27',
  '\u200B',
  '０７７',
  ' ',
  '\n',
  ', ',
  '.',
  '-',
  ':',
  '@',
  '1',
  'a',
  'Z',
  '\uD800',
  '\uDC00',
  '\u00A0',
];
const mailish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(units, fc.string({ unit: 'binary', maxLength: 200 }), mailish);
const kinds = fc.subarray([...PERSONAL_DATA_KINDS] as PersonalDataKind[]);

describe('detectPersonalData properties', () => {
  it('never throws, and returns in-range, sorted, non-overlapping findings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = detectPersonalData(text);
        let lastEnd = 0;
        for (const f of found) {
          expect(PERSONAL_DATA_KINDS).toContain(f.kind);
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(lastEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          lastEnd = f.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same text gives the same findings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(detectPersonalData(text)).toEqual(detectPersonalData(text));
      }),
      { numRuns: 200 },
    );
  });

  it('respects the kinds filter', () => {
    fc.assert(
      fc.property(mailish, kinds, (text, only) => {
        for (const f of detectPersonalData(text, { kinds: only })) expect(only).toContain(f.kind);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same things when zero-width characters are sprinkled in (offsets still into the original)', () => {
    const asciiMail = fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => /^[\x20-\x7e\n]*$/.test(f))), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(asciiMail, fc.array(fc.nat(), { maxLength: 10 }), (parts, cuts) => {
        const text = parts.join('');
        let sprinkled = text;
        for (const c of cuts) {
          const at = text.length === 0 ? 0 : c % (sprinkled.length + 1);
          sprinkled = `${sprinkled.slice(0, at)}\u200B${sprinkled.slice(at)}`;
        }
        const plain = detectPersonalData(text).map((f) => [f.kind, text.slice(f.start, f.end)]);
        const zw = detectPersonalData(sprinkled).map((f) => [
          f.kind,
          sprinkled.slice(f.start, f.end).replace(/\u200B/g, ''),
        ]);
        expect(zw).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('masks every finding without throwing and never repeats a card number or a secret', () => {
    fc.assert(
      fc.property(mailish, (text) => {
        for (const f of detectPersonalData(text)) {
          const masked = maskFinding(text, f);
          expect(typeof masked).toBe('string');
          if (f.kind === 'card_number' || f.kind === 'credential') {
            expect(masked).not.toContain(text.slice(f.start, f.end));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
