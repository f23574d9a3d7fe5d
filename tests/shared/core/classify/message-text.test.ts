import fc from 'fast-check';
import {
  CONTEXT_REACH,
  detectInMessage,
  HEAD_CHARS,
  maskMessageFinding,
  messageText,
  SCAN_APART_FROM,
  sliceMessage,
} from '../../../../shared/core/classify/message-text';
import { detectPersonalData, maskFinding } from '../../../../shared/core/detect';
import { REMOVED_UNITS } from '../../../../shared/core/detect/normalize-text';
import { allFixtureEmails as mails } from '../../../fixtures/emails';

const joined = (subject: string, body: string) => detectPersonalData(messageText(subject, body));
/** The split path on bodies of any length past the head (the product takes it from SCAN_APART_FROM on). */
const apart = (subject: string, body: string) => detectInMessage({ subject, body }, 0);

/** Pieces that trigger every detector and every rule that reads context (sign-offs, labels, sort code + account). */
const PIECES = [
  'Dear Mrs Patel,\n',
  'Hi Tom',
  'Kind regards,\n',
  'Thanks,',
  'Priya Shah',
  'Jane',
  'Tom Baker <tom@example.com>',
  '4111 1111 1111 1111',
  '07700 900123',
  'jane.doe@example.com',
  'GB29 NWBK 6016 1331 9268 19',
  'sort code 12-34-56',
  'account number 12345678',
  'AB 12 34 56 C',
  '192.0.2.10',
  '2001:db8::1',
  'https://example.com/a',
  'LS1 4AP',
  '12 High Street',
  'DOB: 12/05/1985',
  'Password:',
  'password: Summer2024!',
  'PIN 4821',
  'TeamViewer ID 123 456 789',
  'ACME-PC-042',
  'fileserver01.corp.local',
  '-----Original Message-----\nFrom: Jane Doe\nSent: 20 November 2026 09:14',
  '\u200B',
  '\u200B'.repeat(2100), // zero-width runs shorten what detectors see (normalisation removes them)
  '\u00AD'.repeat(900),
  '０７７',
  '\u00A0',
  ' ',
  '\n',
  '\n\n',
  ', ',
  '. ',
  ':',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...mails.map((m) => m.email.body)));
const subject = fc.oneof(
  fc.constantFrom(...mails.map((m) => m.email.subject)),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('').replace(/\n/g, ' ')),
);
const shortBody = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
/** Bodies past the head and its reach, so the seam falls at every kind of place. */
const longBody = fc.array(piece, { minLength: 60, maxLength: 160 }).map((p) => p.join(' '));

describe('detectInMessage', () => {
  it('finds exactly what a scan of the joined text finds, with every fixture mail at the head and at the seam', () => {
    // Fixture bodies are short (at most ~1 KB): each body opens a long one made of the mails after it, so every mail
    // is read next to its subject once, and the seam falls inside a different mail each time.
    let apartPaths = 0;
    mails.forEach(({ email }, i) => {
      let body = email.body;
      for (let k = i + 1; body.length < HEAD_CHARS + CONTEXT_REACH + 1000; k++) {
        body += `\n\n${mails[k % mails.length]?.email.body}`;
      }
      expect(apart(email.subject, body)).toEqual(joined(email.subject, body));
      if (!REMOVED_UNITS.test(body.slice(0, HEAD_CHARS + CONTEXT_REACH))) apartPaths++;
    });
    expect(apartPaths).toBeGreaterThan(mails.length / 2); // most took the split path, not the joined fallback
  });

  it('finds exactly what a scan of the joined text finds, short and long, wherever the seam falls', () => {
    let long = 0;
    fc.assert(
      fc.property(subject, fc.oneof(shortBody, longBody), (s, body) => {
        if (body.length > HEAD_CHARS + CONTEXT_REACH) long++;
        expect(apart(s, body)).toEqual(joined(s, body));
      }),
      { numRuns: 600 },
    );
    expect(long).toBeGreaterThan(100); // the split path really ran
  });

  it('scans a body of SCAN_APART_FROM characters or more where it is, with the same findings', () => {
    const body = mails
      .map((m) => m.email.body)
      .join('\n\n')
      .repeat(Math.ceil(SCAN_APART_FROM / 20_000))
      .slice(0, SCAN_APART_FROM + 1000);
    expect(body.length).toBeGreaterThanOrEqual(SCAN_APART_FROM);
    expect(detectInMessage({ subject: 'Everything', body })).toEqual(joined('Everything', body));
  });

  it('keeps a value that straddles the seam whole, at every offset around it', () => {
    const filler = 'The printer on the second floor jams again. ';
    const head = filler.repeat(Math.ceil(HEAD_CHARS / filler.length)).slice(0, HEAD_CHARS);
    const tail = filler.repeat(Math.ceil((2 * CONTEXT_REACH) / filler.length));
    for (const value of [
      '4111 1111 1111 1111',
      'Priya Shah <priya.shah@example.com>',
      'sort code 12-34-56, account 12345678',
    ]) {
      for (let k = 1; k < value.length; k++) {
        const body = `${head.slice(0, HEAD_CHARS - k - 1)} ${value} ${tail}`; // the value starts k before the seam
        const found = apart('Card', body);
        expect(found).toEqual(joined('Card', body));
        expect(found.length).toBeGreaterThan(0);
      }
    }
  });

  it('finds the same where zero-width characters in the head bring the subject or the seam closer', () => {
    const filler = 'The printer on the second floor jams again. '.repeat(200);
    const zw = (n: number) => '\u200B'.repeat(n);
    const cases: [string, string][] = [
      // The subject within reach of a value past the seam: "Bank transfer … account no 12345678".
      ['Bank transfer', `${zw(2100)}account no 12345678 please.\n${filler}`],
      // The head's text would end right after "Thanks, Colin": a closing name that is not one.
      ['Printer', `${filler.slice(0, 2008)}\nCan you help? Thanks, Colin${zw(2200)} and the rest${filler}`],
      // A sort code before the seam and its account number after it.
      ['Refund', `${filler.slice(0, HEAD_CHARS - 30)} refund to 40 47 84${zw(2100)} 70872490 ${filler}`],
    ];
    for (const [s, body] of cases) expect(apart(s, body)).toEqual(joined(s, body));
  });

  it('scans the whole message joined when a value runs on far past the seam (a very long link)', () => {
    const body = `${'Hello there. '.repeat(HEAD_CHARS / 13 - 1)}https://example.com/${'a'.repeat(3 * CONTEXT_REACH)}?email=jane%40example.com and more`;
    const found = apart('Link', body);
    expect(found).toEqual(joined('Link', body));
    expect(found.some((f) => f.kind === 'url' && f.end - f.start > 3 * CONTEXT_REACH)).toBe(true);
  });
});

describe('sliceMessage and maskMessageFinding', () => {
  it('read the joined text at any offsets, from whichever part holds them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }), fc.nat(), fc.nat(), (s, b, x, y) => {
        const text = messageText(s, b);
        const start = x % (text.length + 1);
        const end = start + (y % (text.length - start + 1));
        expect(sliceMessage({ subject: s, body: b }, start, end)).toBe(text.slice(start, end));
        if (end > start) {
          const finding = { kind: 'phone' as const, start, end, confidence: 1 };
          expect(maskMessageFinding({ subject: s, body: b }, finding)).toBe(maskFinding(text, finding));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
