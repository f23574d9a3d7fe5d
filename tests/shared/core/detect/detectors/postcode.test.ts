import { found } from '../find';

describe('postcodes', () => {
  it.each([
    ['Our Manchester office (M1 1AE) is closed.', 'M1 1AE'],
    ['postcode: SW1A1AA', 'SW1A1AA'],
    ['send it to EC1A 1BB please', 'EC1A 1BB'],
    ['Cardiff CF10 1EP', 'CF10 1EP'],
    ['Leeds LS1 4AP.', 'LS1 4AP'],
  ])('finds the postcode in %j', (text, postcode) => {
    expect(found(text, 'postcode')).toEqual([postcode]);
  });

  it.each([
    'Ticket INC0012345 is closed.',
    'Part number AA1 2BC is in stock.',
    'Use the A4 1CM margin',
    'Model XR1 1AB',
    'Windows 10 22H2 build',
    'GB123456789 is our VAT number',
    'M1 1AC has a letter C that inward codes never use',
  ])('finds no postcode in %j', (text) => {
    expect(found(text, 'postcode')).toEqual([]);
  });
});
