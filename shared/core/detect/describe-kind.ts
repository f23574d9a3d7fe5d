/**
 * Plain words for each kind of personal data, as staff read them in labels, warnings and reasons.
 */
import type { PersonalDataKind } from '../types';

const WORDS: Readonly<Record<PersonalDataKind, string>> = {
  email: 'email address',
  phone: 'phone number',
  card_number: 'card number',
  iban: 'IBAN',
  uk_bank_account: 'bank account detail',
  national_insurance: 'National Insurance number',
  nhs_number: 'NHS number',
  ip_address: 'IP address',
  url: 'web address',
  postcode: 'postcode',
  postal_address: 'postal address',
  date_of_birth: 'date of birth',
  person_name: "person's name",
  credential: 'password or access code',
  hostname: 'computer name',
};

/**
 * Describes a kind in plain words, e.g. `describeKind('card_number')` → `'card number'`.
 * @throws TypeError for a value that is not a personal-data kind.
 */
export function describeKind(kind: PersonalDataKind): string {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022 and the core also runs on ES2017 (Outlook).
  const words = Object.prototype.hasOwnProperty.call(WORDS, kind) ? WORDS[kind] : undefined;
  if (words === undefined) throw new TypeError(`describeKind: unknown kind ${JSON.stringify(kind)}`);
  return words;
}
