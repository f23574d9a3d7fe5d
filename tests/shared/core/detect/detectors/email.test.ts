import fc from 'fast-check';
import { isTopLevelLabel } from '../../../../../shared/core/detect/detectors/email';
import { everything, found } from '../find';

describe('email addresses', () => {
  it.each([
    ['Please reply to jane.doe@example.com today.', 'jane.doe@example.com'],
    ['From: Tom Baker <tom.baker@example.co.uk>', 'tom.baker@example.co.uk'],
    ['cc accounts+invoices@mail.example.org please', 'accounts+invoices@mail.example.org'],
    ["it is o'neill.k@example.ie", "o'neill.k@example.ie"],
    ['CAPS: JANE.DOE@EXAMPLE.COM', 'JANE.DOE@EXAMPLE.COM'],
    ['(sam_okafor@example.com)', 'sam_okafor@example.com'],
    ['mailto:priya@example.com.', 'priya@example.com'],
  ])('finds the address in %j', (text, email) => {
    expect(found(text, 'email')).toEqual([email]);
  });

  it.each([
    ['my email is jane dot doe at example dot com thanks', 'jane dot doe at example dot com'],
    ['write to tom.baker [at] example [dot] org', 'tom.baker [at] example [dot] org'],
    ['reach me on priya(at)example.co.uk', 'priya(at)example.co.uk'],
    ['email me at j.smith at gmail dot com please', 'j.smith at gmail dot com'],
    ['sam {at} example {dot} net', 'sam {at} example {dot} net'],
  ])('finds the spelled-out address in %j', (text, email) => {
    expect(found(text, 'email')).toEqual([email]);
  });

  it.each([
    'Meet me at the office at 10am.',
    'Our handle is @acme_support on social media.',
    'user@localhost is not a mail address',
    'Price: 3 @ £4.99 each.',
    'I will be at home dot com later',
    'We are at example.com and at the office.',
    'look at the file dot txt',
  ])('finds no address in %j', (text) => {
    expect(found(text, 'email')).toEqual([]);
  });

  it('does not report the domain of an address as a host name or a link', () => {
    expect(everything('Write to admin@fileserver01.corp.local or help@www.example.com')).toEqual([
      'email: admin@fileserver01.corp.local',
      'email: help@www.example.com',
    ]);
  });

  it('stays linear on a long run of @ signs', () => {
    const text = 'a@'.repeat(100_000);
    expect(found(text, 'email')).toEqual([]);
  });
});

describe('isTopLevelLabel', () => {
  const PATTERN = /^(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})$/i;
  it('agrees with the pattern it replaces on generated labels', () => {
    const label = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', 'x', 'n', '-', '1', '@', 'é', '_', '['), maxLength: 70 }),
      fc.string({ unit: fc.constantFrom('a', 'b', '-', '9'), maxLength: 62 }).map((rest) => `xn--${rest}`),
      fc.string({ unit: fc.constantFrom('c', 'O', 'm', 'K'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(label, (t) => {
        expect(isTopLevelLabel(t)).toBe(PATTERN.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});
