import fc from 'fast-check';
import { detectPersonalData } from '../../../../../shared/core/detect';
import { luhnValid } from '../../../../../shared/core/detect/checksums';
import { issuerValid } from '../../../../../shared/core/detect/detectors/card-number';
import { everything, found } from '../find';

describe('card numbers', () => {
  it.each([
    ['Please take the payment from my card 4111 1111 1111 1111, thanks', '4111 1111 1111 1111'],
    ['new card is 5555-5555-5555-4444 exp 03/29', '5555-5555-5555-4444'],
    ['Visa debit: 4000056655665556', '4000056655665556'],
    ['amex 3782 822463 10005', '3782 822463 10005'],
    ['card no 6011.1111.1111.1117 (discover)', '6011.1111.1111.1117'],
    ['The long number on the front is 4242 4242 4242 4242.', '4242 4242 4242 4242'],
  ])('finds the card in %j', (text, card) => {
    expect(found(text, 'card_number')).toEqual([card]);
  });

  it('finds a card without any card word nearby (Luhn and issuer are enough)', () => {
    expect(found('Can you use 5105 1051 0510 5100 for the renewal', 'card_number')).toEqual(['5105 1051 0510 5100']);
  });

  it.each([
    'Card ending **** **** **** 1111 was declined.',
    'The card number 4111 11** **** 1111 is masked on the receipt.',
    'Your card expires 12/27 and the last four digits are 1111.',
    'Order number 4111 1111 1111 1111 has shipped.',
    'serial SN 4111111111111111 on the router label',
    'Tracking: 1Z999AA10123456784 should arrive tomorrow',
    'Invoice total £1,234.56, paid by card on 12/05/2026.',
    '4111 1111 1111 1112 is one digit out (fails Luhn)',
    '1234 5678 9012 3456 is not a card: no issuer starts with 1',
    'Reference 1234-5678-9012-3456 for your records',
    'INV4111111111111111 is the document id',
  ])('finds no card in %j', (text) => {
    expect(found(text, 'card_number')).toEqual([]);
  });

  it('keeps an expiry date and a CVV apart from the card', () => {
    expect(everything('card 4111 1111 1111 1111 exp 12/27 cvv 123')).toEqual([
      'card_number: 4111 1111 1111 1111',
      'credential: 123',
    ]);
  });
});

describe('card check read in place (Luhn and issuer over the groups, no joined digits)', () => {
  it('finds a card in 13-19 digits, whole or in fours, exactly where the joined digits pass issuerValid and luhnValid', () => {
    const lead = fc.constantFrom(
      '4',
      '5',
      '51',
      '55',
      '2221',
      '2720',
      '34',
      '37',
      '36',
      '3000',
      '3528',
      '6011',
      '50',
      '1',
    );
    const rest = fc.array(fc.constantFrom(...'0123456789'), { minLength: 13, maxLength: 19 }).map((d) => d.join(''));
    fc.assert(
      fc.property(lead, rest, fc.integer({ min: 13, max: 19 }), fc.boolean(), (l, r, n, fours) => {
        const d = (l + r).slice(0, n);
        const groups = fours ? (d.match(/.{1,4}/g) ?? []) : [d];
        const typed = groups.join(' ');
        // Every span of whole groups holding 13-19 digits whose joined digits pass both checks.
        const valid = new Set<string>();
        for (let i = 0; i < groups.length; i++) {
          for (let j = i; j < groups.length; j++) {
            const digits = groups.slice(i, j + 1).join('');
            if (digits.length >= 13 && issuerValid(digits) && luhnValid(digits))
              valid.add(groups.slice(i, j + 1).join(' '));
          }
        }
        const text = `paid with ${typed} today`;
        const cards = detectPersonalData(text, { kinds: ['card_number'] }).map((f) => text.slice(f.start, f.end));
        expect(cards.length > 0).toBe(valid.size > 0);
        for (const c of cards) expect(valid.has(c)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
