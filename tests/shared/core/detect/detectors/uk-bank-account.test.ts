import { found } from '../find';

describe('UK bank account details', () => {
  it.each([
    ['Sort code: 12-34-56, account number 12345678.', ['12-34-56', '12345678']],
    ['Our bank details: sort code 20 45 77, a/c 93127784', ['20 45 77', '93127784']],
    ['Bank details for the refund: 40 47 84 / 70872490', ['40 47 84', '70872490']],
    ['my bank account no. is 31926819 (sort code 60-16-13)', ['31926819', '60-16-13']],
    ['S/C 60-16-13 Acc 31926819', ['60-16-13', '31926819']],
    ['sort code: 123456 acc no: 87654321', ['123456', '87654321']],
    ['Please pay by BACS. Account number: 41234567', ['41234567']],
  ])('finds each part in %j', (text, parts) => {
    expect(found(text, 'uk_bank_account')).toEqual(parts);
  });

  it('does not take a nearby company number for the account', () => {
    expect(found('Sort code 12-34-56 and then company number 01234567 on the invoice.', 'uk_bank_account')).toEqual([
      '12-34-56',
    ]);
  });

  it.each([
    'Order number 12345678 was sent on 12-05-24.',
    'Your customer account number is 12345678.',
    'Meeting moved to 12-05-24, room 12.',
    'Invoice 20231104 dated 04/11/2023.',
    'The account was opened on 12-05-24 and renewed on 12-05-25.',
  ])('finds nothing in %j', (text) => {
    expect(found(text, 'uk_bank_account')).toEqual([]);
  });
});
