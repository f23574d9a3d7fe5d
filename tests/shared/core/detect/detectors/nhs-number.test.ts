import { found } from '../find';

describe('NHS numbers', () => {
  it.each([
    ['NHS number: 943 476 5919', '943 476 5919'],
    ['Patient no 9434765919 attended.', '9434765919'],
    ['her number is 401 023 2137 on the form', '401 023 2137'],
    ['NHS No. 943-476-5919', '943-476-5919'],
  ])('finds the NHS number in %j', (text, nhs) => {
    expect(found(text, 'nhs_number')).toEqual([nhs]);
  });

  it.each([
    'NHS number: 943 476 5918 (typo, check digit fails)',
    'Order 9434765919 shipped today',
    'Call 020 7946 0123 for the clinic',
    'Tracking 401 023 2138 is on the label',
    'PO 4500012345 approved',
  ])('finds no NHS number in %j', (text) => {
    expect(found(text, 'nhs_number')).toEqual([]);
  });
});
