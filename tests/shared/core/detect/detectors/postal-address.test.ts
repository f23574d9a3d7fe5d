import { everything, found } from '../find';

describe('postal addresses', () => {
  it.each([
    ['Please send it to 12 High Street, Leeds LS1 4AP.', '12 High Street, Leeds LS1 4AP'],
    ['We moved to 4 Orchard Close last week.', '4 Orchard Close'],
    ['Deliver to 221B Baker Street, London NW1 6XE', '221B Baker Street, London NW1 6XE'],
    ['delivered to Unit 4, Riverside Park, Leeds LS10 1AB.', 'Unit 4, Riverside Park, Leeds LS10 1AB'],
    [
      'Billing address: 27 Mill Lane, Heaton, Newcastle upon Tyne NE6 5AA',
      '27 Mill Lane, Heaton, Newcastle upon Tyne NE6 5AA',
    ],
    ['Flat 3, 27 Mill Lane, York', 'Flat 3, 27 Mill Lane, York'],
    ['at 10 Downing St. today', '10 Downing St'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('reads an address over several lines, up to its postcode', () => {
    const text = 'Address:\nFlat 3, 27 Mill Lane\nHeaton\nNewcastle upon Tyne\nNE6 5AA\n\nThanks,\nTom';
    expect(found(text, 'postal_address')).toEqual(['Flat 3, 27 Mill Lane\nHeaton\nNewcastle upon Tyne\nNE6 5AA']);
  });

  it('stops before a sign-off line', () => {
    expect(found('Send it to 4 Orchard Close\nThanks\nTom', 'postal_address')).toEqual(['4 Orchard Close']);
  });

  it('reports the postcode inside an address as part of the address', () => {
    expect(everything('Send to 12 High Street, Leeds LS1 4AP')).toEqual([
      'postal_address: 12 High Street, Leeds LS1 4AP',
    ]);
  });

  it.each([
    'We need 3 more licences by Friday.',
    'Chapter 12 High Performance Computing',
    'Invoice 2024 Road Map attached',
    'The 3 Park staff were told.',
    'Windows 11 Pro Street Edition',
  ])('finds no address in %j', (text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});
