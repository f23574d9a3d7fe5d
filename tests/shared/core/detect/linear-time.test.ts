/**
 * Adversarial inputs at sizes (≈ 200 000 characters) where a backtracking regex or a quadratic scan would take minutes
 * or hours; linear detection finishes in well under a second. No timing assertions: a hang fails the test by timeout.
 */
import { detectPersonalData } from '../../../../shared/core/detect';

const N = 200_000;
const cases: [string, string][] = [
  ['a@a@a@…', 'a@'.repeat(N / 2)],
  ['1-1-1-…', '1-'.repeat(N / 2)],
  ['1 1 1 …', '1 '.repeat(N / 2)],
  ['one long digit run', '7'.repeat(N)],
  ['0 0 0 … (phone-like groups)', '0 '.repeat(N / 2)],
  ['Dear Dear Dear …', 'Dear '.repeat(N / 5)],
  ['Dear A A A …', `Dear ${'A '.repeat(N / 2)}`],
  ['Kind regards,\\n repeated', 'Kind regards,\n'.repeat(N / 14)],
  ['password: password: …', 'password: '.repeat(N / 10)],
  ['jane dot jane dot …', 'jane dot '.repeat(N / 9)],
  ['x at y at z …', 'x at '.repeat(N / 5)],
  ['(at)(at)(at)…', '(at)'.repeat(N / 4)],
  ['a.a.a.a…', 'a.'.repeat(N / 2)],
  ['a.local.local…', `a${'.local'.repeat(N / 6)}`],
  ['AAAA…', 'A'.repeat(N)],
  ['Aaaa… (one long capitalised word)', `Hi A${'a'.repeat(N)}`],
  ['ABC-ABC-ABC…', 'ABC-'.repeat(N / 4)],
  ['::::…', ':'.repeat(N)],
  ['1:1:1:…', '1:'.repeat(N / 2)],
  ['1.1.1.1.…', '1.'.repeat(N / 2)],
  ['12 High 12 High …', '12 High '.repeat(N / 8)],
  ['https://https://…', 'https://'.repeat(N / 8)],
  ['http://x.co/((((…', `http://x.co/${'('.repeat(N)}`],
  ['http://x.co/))))…', `http://x.co/${')'.repeat(N)}`],
  ['<<<<@…', '<'.repeat(N / 2) + '@'.repeat(N / 2)],
  ['\\\\\\\\…', '\\'.repeat(N)],
  ['GB29GB29…', 'GB29'.repeat(N / 4)],
  ['DOB DOB …', 'DOB '.repeat(N / 4)],
  ['spaces', ' '.repeat(N)],
  ['zero-width everywhere', '1\u200B'.repeat(N / 2)],
  ['full-width digits', '１'.repeat(N)],
  ['sort code sort code …', 'sort code 12-34-56 '.repeat(N / 19)],
  // An opening quote that never closes, after every label: each label once searched to the text's end (2 s at N,
  // 18 s at 3N); five times the size (1 M characters, ~30 ms linear), so a quadratic search outruns the 20 s limit.
  ['password: “password: “…', 'password: \u201c'.repeat((5 * N) / 11)],
  ['pin: ‘pin: ‘…', 'pin: \u2018'.repeat((5 * N) / 6)],
  // One link whose query never reaches an `=`: each `?` `&` `#` once searched to the link's end for a parameter name
  // (3.6 s at 120 K characters, quadratic); at 2N and 4N a quadratic check outruns the limit, one pass takes ms.
  ['https://x.co/#/id/id/id…', `see https://example.com/#${'/id'.repeat((2 * N) / 3)} end`],
  ['http://a.co/?http://a.co/?…', 'http://a.co/?'.repeat((4 * N) / 13)],
];

describe('detection stays linear on adversarial input', () => {
  it.each(cases)('%s', (_name, text) => {
    const found = detectPersonalData(text);
    expect(Array.isArray(found)).toBe(true);
  });
});
