import { found } from '../find';

describe('IBANs', () => {
  it.each([
    ['IBAN: GB29 NWBK 6016 1331 9268 19 (Acme Ltd)', 'GB29 NWBK 6016 1331 9268 19'],
    ['please send it to DE89370400440532013000.', 'DE89370400440532013000'],
    ['Our IBAN is GB82WEST12345698765432, BIC WESTGB2L', 'GB82WEST12345698765432'],
    ['Dutch account NL91 ABNA 0417 1643 00', 'NL91 ABNA 0417 1643 00'],
    ['refund to iban gb82 west 1234 5698 7654 32 please', 'gb82 west 1234 5698 7654 32'],
    ['FR14 2004 1010 0505 0001 3M02 606 is the French one', 'FR14 2004 1010 0505 0001 3M02 606'],
  ])('finds the IBAN in %j', (text, iban) => {
    expect(found(text, 'iban')).toEqual([iban]);
  });

  it.each([
    'Our VAT number is GB123456789.',
    'IBAN GB29 NWBK 6016 1331 9268 18 (one digit wrong)',
    'Company number GB12 3456 is registered.',
    'GB29 NWBK 6016 1331 9268 (too short for a GB IBAN)',
    'Flight BA2490 departs at 10:15.',
    'XX29 NWBK 6016 1331 9268 19 has no such country',
  ])('finds no IBAN in %j', (text) => {
    expect(found(text, 'iban')).toEqual([]);
  });
});
