import fc from 'fast-check';
import { ukNumberValid } from '../../../../../shared/core/detect/detectors/phone';
import { found } from '../find';

describe('phone numbers', () => {
  it.each([
    ['Call me on 07700 900123 after 5.', '07700 900123'],
    ['mobile 07700900456', '07700900456'],
    ['my number is 07700-900-789', '07700-900-789'],
    ['Mob: +44 7700 900321', '+44 7700 900321'],
    ['Tel: +44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
    ['office (020) 7946 0123 ext 12', '(020) 7946 0123'],
    ['Leeds office 0113 496 0000', '0113 496 0000'],
    ['ring 01632 960123 between 9 and 5', '01632 960123'],
    ['freephone 0800 123 4567', '0800 123 4567'],
    ['abroad: 0044 7700 900123', '0044 7700 900123'],
    ['US office +1 202 555 0143', '+1 202 555 0143'],
    ['Mob: 07700.900.123', '07700.900.123'],
  ])('finds the phone in %j', (text, phone) => {
    expect(found(text, 'phone')).toEqual([phone]);
  });

  it('finds two numbers in one line', () => {
    expect(found('me 07700 900123 / home 01632 960001', 'phone')).toEqual(['07700 900123', '01632 960001']);
  });

  it.each([
    'Meeting on 01.02.2024 10:30 in room 4.',
    'Logged at 2026-11-20 10:30:00 by the agent.',
    'Order number 07700900123 was dispatched.',
    'Ticket INC0012345 and #48213 are closed.',
    'Version 10.0.19045.1 is installed.',
    'Invoice total £1,234.56 (VAT £205.76).',
    'Account number 01234567, sort code 01-02-03.',
    'call 999 in an emergency or 111 for advice',
    'Company number 01234567 registered in England',
    'The case reference is 01632960123.',
  ])('finds no phone in %j', (text) => {
    expect(found(text, 'phone')).toEqual([]);
  });
});

describe('ukNumberValid (read from digit values, no copies)', () => {
  /** The rule as first written, on the digit string. */
  const reference = (d: string): boolean => {
    if (d[0] !== '0') return false;
    if (d.length === 11) return ['1', '2', '3', '5', '7', '8', '9'].includes(d[1]!);
    if (d.length === 10) return d[1] === '1' || d.startsWith('0800') || d.startsWith('0808') || d.startsWith('0500');
    return false;
  };
  it('agrees with the rule on the digit string for numbers of every length and leading digits', () => {
    const lead = fc.constantFrom('', '0', '01', '07', '0800', '0808', '0500', '0580', '0880', '08', '05', '00', '1');
    const digits = fc.array(fc.constantFrom(...'0123456789'), { maxLength: 13 }).map((d) => d.join(''));
    fc.assert(
      fc.property(lead, digits, (l, d) => {
        const n = (l + d).slice(0, 13);
        expect(ukNumberValid(n)).toBe(reference(n));
      }),
      { numRuns: 3000 },
    );
  });
});
