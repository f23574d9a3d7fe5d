/**
 * The one list of detectors. Adding a detector: write `detectors/<kind>.ts` exporting a `Detector`, add it here;
 * `tests/shared/core/detect/registry.test.ts` checks that every detector file is registered and that its examples hold.
 */
import type { Detector } from './detector';
import { cardNumberDetector } from './detectors/card-number';
import { credentialDetector } from './detectors/credential';
import { dateOfBirthDetector } from './detectors/date-of-birth';
import { emailDetector } from './detectors/email';
import { hostnameDetector } from './detectors/hostname';
import { ibanDetector } from './detectors/iban';
import { ipAddressDetector } from './detectors/ip-address';
import { nationalInsuranceDetector } from './detectors/national-insurance';
import { nhsNumberDetector } from './detectors/nhs-number';
import { personNameDetector } from './detectors/person-name';
import { phoneDetector } from './detectors/phone';
import { postalAddressDetector } from './detectors/postal-address';
import { postcodeDetector } from './detectors/postcode';
import { ukBankAccountDetector } from './detectors/uk-bank-account';
import { urlDetector } from './detectors/url';
import { type KeywordTrie, keywordTrie } from './keyword-trie';

/** Every detector, one per kind (the order does not change results: overlaps are settled afterwards). */
export const DETECTORS: readonly Detector[] = [
  emailDetector,
  phoneDetector,
  cardNumberDetector,
  ibanDetector,
  ukBankAccountDetector,
  nationalInsuranceDetector,
  nhsNumberDetector,
  ipAddressDetector,
  urlDetector,
  postcodeDetector,
  postalAddressDetector,
  dateOfBirthDetector,
  personNameDetector,
  credentialDetector,
  hostnameDetector,
];

/** Every detector's trigger words, compiled once (a single pass over the text finds them all). */
export const TRIGGERS: KeywordTrie = keywordTrie(([] as string[]).concat(...DETECTORS.map((d) => d.triggers ?? [])));
