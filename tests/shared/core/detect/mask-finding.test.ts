import { describeKind, detectPersonalData, maskFinding } from '../../../../shared/core/detect';
import { maskValue } from '../../../../shared/core/detect/mask-value';
import { PERSONAL_DATA_KINDS } from '../../../../shared/core/types';

function maskFirst(text: string): string {
  const [f] = detectPersonalData(text);
  if (f === undefined) throw new Error(`nothing found in ${text}`);
  return maskFinding(text, f);
}

describe('maskFinding', () => {
  it.each([
    ['card 4111 1111 1111 1111', 'card number •••• 1111'],
    ['jane.doe@example.com', 'email address j•••@example.com'],
    ['Call 07700 900123', 'phone number 07700 9•••••'],
    ['IBAN GB29 NWBK 6016 1331 9268 19', 'IBAN GB29 •••• 6819'],
    ['Sort code: 12-34-56', 'bank account detail ••-••-56'],
    ['NI number: AB 12 34 56 C', 'National Insurance number AB •• •• •• C'],
    ['NHS number: 943 476 5919', 'NHS number ••• ••• •919'],
    ['IP 203.0.113.45', 'IP address 203.0.•.•'],
    ['https://portal.example.com/login?user=jdoe', 'web address https://portal.example.com/•••'],
    ['postcode LS1 4AP', 'postcode LS1 •••'],
    ['12 High Street, Leeds LS1 4AP', 'postal address •• High Street, •••'],
    ['DOB: 12/05/1985', 'date of birth ••/••/••••'],
    ['Dear Mrs Patel,', "person's name P•••"],
    ['Password: Summer2024!', 'password or access code ••••••'],
    ['Computer name: RECEPTION-PC', 'computer name RECE•••'],
  ])('masks %j as %j', (text, masked) => {
    expect(maskFirst(text)).toBe(masked);
  });

  it('never shows a credential, not even its length', () => {
    expect(maskValue('credential', 'a')).toBe(maskValue('credential', 'a-very-long-passphrase-indeed'));
  });

  it('throws a TypeError for a finding that does not fit the text', () => {
    expect(() => maskFinding('short', { kind: 'email', start: 2, end: 40, confidence: 1 })).toThrow(TypeError);
    expect(() => maskFinding('short', { kind: 'nope' as never, start: 0, end: 2, confidence: 1 })).toThrow(TypeError);
    expect(() => maskFinding(42 as unknown as string, { kind: 'email', start: 0, end: 1, confidence: 1 })).toThrow(
      TypeError,
    );
  });
});

describe('describeKind', () => {
  it('has plain words for every kind', () => {
    for (const kind of PERSONAL_DATA_KINDS) expect(describeKind(kind)).toMatch(/^[A-Za-z' ]+$/);
    expect(describeKind('card_number')).toBe('card number');
    expect(describeKind('ip_address')).toBe('IP address');
  });

  it('throws a TypeError for an unknown kind', () => {
    expect(() => describeKind('passport' as never)).toThrow(TypeError);
    expect(() => describeKind('toString' as never)).toThrow(TypeError);
  });
});
