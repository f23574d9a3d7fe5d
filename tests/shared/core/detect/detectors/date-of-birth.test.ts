import { found } from '../find';

describe('dates of birth', () => {
  it.each([
    ['DOB: 12/05/1985', '12/05/1985'],
    ['Her date of birth is 3rd March 1990.', '3rd March 1990'],
    ['born on May 12, 1985 in Leeds', 'May 12, 1985'],
    ['D.O.B. 1985-05-12', '1985-05-12'],
    ['dob - 07.11.62', '07.11.62'],
    ['Date of Birth:\n14/02/1979', '14/02/1979'],
    ['birth date 1 Jan 2001', '1 Jan 2001'],
    ['He was born 03-03-1985.', '03-03-1985'],
    ['Her DOB for the payroll system is 17 March 1996 and her NI is below', '17 March 1996'],
  ])('finds the birth date in %j', (text, date) => {
    expect(found(text, 'date_of_birth')).toEqual([date]);
  });

  it.each([
    'Invoice date 12/05/2024, due 12/06/2024.',
    'The meeting is on 12 May 1985 (an old minute).',
    'Date of birth: please confirm by phone.',
    'Your card expires 12/27.',
    'I was born in 1984 and my birthday is in May.',
    'DOB 45/13/1985 is not a date',
    'Logged 2026-11-20T03:15:22Z',
  ])('finds no birth date in %j', (text) => {
    expect(found(text, 'date_of_birth')).toEqual([]);
  });
});
