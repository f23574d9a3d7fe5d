/**
 * Email addresses: `jane.doe@example.com`, and the spelled-out forms people use to dodge filters
 * (`jane dot doe at example dot com`, `jane.doe [at] example [dot] com`, `jane(at)example.co.uk`).
 *
 * Found from each `@` (bounded expansion either side, so `a@a@a@…` stays linear); spelled forms from each
 * `at` token, accepted only when the right side ends in a well-known top-level domain.
 */
import { isAlnum, isLetter } from '../context';
import type { Detector } from '../detector';
import { findSpelledEmails, SPELLED_TRIGGERS, spelledEmailWindows } from './spelled-email';

const SPELLED: ReadonlySet<string> = new Set(SPELLED_TRIGGERS);

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

function isLocalChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

function isDomainChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

/** Checks a domain: two or more labels of letters/digits/hyphens, an alphabetic top-level label. */
export function isValidDomain(domain: string): boolean {
  return isValidDomainAt(domain, 0, domain.length);
}

/** {@link isValidDomain} for `text[s, e)`, read in place (no copy, no split: this runs at every `@`). */
function isValidDomainAt(text: string, s: number, e: number): boolean {
  let labels = 0;
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i < e && text.charCodeAt(i) !== 46) continue;
    // A label is [from, i): 1–63 characters, not starting or ending with `-`.
    if (i === from || i - from > 63 || text.charCodeAt(from) === 45 || text.charCodeAt(i - 1) === 45) return false;
    labels++;
    if (i < e) from = i + 1;
  }
  return labels >= 2 && isTopLevelLabel(text.slice(from, e));
}

/** True for a top-level label: 2–24 letters, or `xn--` and 2–59 letters, digits or hyphens (any case; no regex call). */
export function isTopLevelLabel(tld: string): boolean {
  let letters = true;
  for (let i = 0; i < tld.length && letters; i++) letters = isLetter(tld.charCodeAt(i));
  if (letters) return tld.length >= 2 && tld.length <= 24;
  if (tld.length < 6 || tld.length > 63 || tld.slice(0, 4).toLowerCase() !== 'xn--') return false;
  for (let i = 4; i < tld.length; i++) {
    const c = tld.charCodeAt(i);
    if (!(isAlnum(c) || c === 45)) return false;
  }
  return true;
}

/** The email detector. */
export const emailDetector: Detector = {
  kind: 'email',
  triggers: SPELLED_TRIGGERS,
  detect(scan, emit) {
    const text = scan.text;
    let lastEnd = 0;
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      let s = at;
      while (s > lastEnd && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
      while (s < at && (text.charCodeAt(s) === 46 || text.charCodeAt(s) === 39)) s++; // no leading dot or quote
      if (s === at || text.charCodeAt(at - 1) === 46) continue;
      let e = at + 1;
      while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
      if (!isValidDomainAt(text, at + 1, e)) continue;
      emit(s, e, 0.97);
      lastEnd = e;
    }
    findSpelledEmails(text, spelledEmailWindows(scan, SPELLED), emit);
  },
  positives: [
    { text: 'Please reply to jane.doe@example.com today.', match: 'jane.doe@example.com' },
    { text: "Contact: o'brien+billing@mail.example.co.uk", match: "o'brien+billing@mail.example.co.uk" },
    { text: 'my email is jane dot doe at example dot com thanks', match: 'jane dot doe at example dot com' },
    { text: 'write to tom.baker [at] example [dot] org', match: 'tom.baker [at] example [dot] org' },
    { text: 'reach me on priya(at)example.co.uk', match: 'priya(at)example.co.uk' },
  ],
  negatives: [
    'Meet me at the office at 10am.',
    'Twitter handle @acme_support and user@localhost are not addresses.',
    'The file is at example dot txt.',
    'Price: 3 @ £4.99 each.',
    'I will be at home dot com later', // "be" is a word, not a mailbox
  ],
};
