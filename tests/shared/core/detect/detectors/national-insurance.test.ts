import { found } from '../find';

describe('National Insurance numbers', () => {
  it.each([
    ['NI number: AB 12 34 56 C', 'AB 12 34 56 C'],
    ['His NINO is JM123456D, thanks', 'JM123456D'],
    ['national insurance no. ce 123456', 'ce 123456'],
    ['Employee record PR654321A updated', 'PR654321A'],
    ['My NI No.: ab123456c', 'ab123456c'],
    ['N.I. JR 65 43 21 B', 'JR 65 43 21 B'],
  ])('finds the NI number in %j', (text, nino) => {
    expect(found(text, 'national_insurance')).toEqual([nino]);
  });

  it.each([
    'VAT reg GB123456789',
    'Ticket QQ123456C is not a NINO (QQ is not a valid prefix)',
    'Form BG123456A uses a prefix HMRC never issues',
    'Flight BA123456 lands at 10.',
    'Company number SC123456 is in Scotland',
    'Part no. AB123456E (suffix E does not exist)',
    'Order ab123456c was shipped',
  ])('finds no NI number in %j', (text) => {
    expect(found(text, 'national_insurance')).toEqual([]);
  });
});
