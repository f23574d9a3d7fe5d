/**
 * UK National Insurance numbers (`AB 12 34 56 C`, `ab123456c`): two prefix letters, six digits, a suffix A–D.
 * HMRC's prefix rules are enforced (first letter not D F I Q U V; second not D F I O Q U V; never BG GB KN NK NT TN
 * ZZ), so VAT numbers (`GB123456789`) and most codes fail. Without the suffix, or in lower case, an NI label is needed.
 */
import { isAlnum, isLetter, isUpper, lineBefore } from '../context';
import type { Detector } from '../detector';
import type { NumberRun } from '../number-runs';

const NI_LABEL = /national insurance|\bni\b|\bnino\b|\bn\.i\.|\bni no|insurance n/;
const BAD_FIRST = new Set('DFIQUV');
const BAD_SECOND = new Set('DFIOQUV');
const BAD_PAIRS = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** True when the two letters are an allowed NINO prefix. */
export function ninoPrefixValid(prefix: string): boolean {
  const p = prefix.toUpperCase();
  return p.length === 2 && !BAD_FIRST.has(p[0]!) && !BAD_SECOND.has(p[1]!) && !BAD_PAIRS.has(p);
}

/** Last group index of six digits typed as `123456` or `12 34 56` from the run's start, or -1. */
function sixDigitsEnd(run: NumberRun): number {
  const size = (k: number) => (run.groupEnd(k) ?? 0) - (run.groupStart(k) ?? 0);
  if (size(0) === 6) return 0;
  return size(0) === 2 && size(1) === 2 && size(2) === 2 && run.sep(0) === ' ' && run.sep(1) === ' ' ? 2 : -1;
}

/** The National Insurance number detector (works from the digit runs). */
export const nationalInsuranceDetector: Detector = {
  kind: 'national_insurance',
  detect(scan, emit) {
    const text = scan.text;
    for (const run of scan.numberRuns()) {
      const before = run.before;
      if (!isLetter(before) && !(before === 32 && isLetter(run.before2))) continue;
      const last = run.count > 3 ? -1 : sixDigitsEnd(run);
      if (last < 0) continue;
      let s = run.start - 2;
      if (text.charCodeAt(s + 1) === 32) s--; // `AB 123456C`
      if (s < 0 || !isLetter(text.charCodeAt(s)) || !isLetter(text.charCodeAt(s + 1))) continue;
      if (isAlnum(text.charCodeAt(s - 1)) || !ninoPrefixValid(text.slice(s, s + 2))) continue;
      let e = run.groupEnd(last)!;
      if (last !== run.count - 1) continue; // more digits follow: some other number
      const gap = text.charCodeAt(e) === 32 ? 1 : 0;
      const suffix = text.charCodeAt(e + gap) | 0x20; // lower-cased
      const hasSuffix = suffix >= 97 && suffix <= 100 && !isAlnum(text.charCodeAt(e + gap + 1));
      if (hasSuffix) e += gap + 1;
      else if (isAlnum(text.charCodeAt(e))) continue;
      const upper = isUpper(text.charCodeAt(s)) && isUpper(text.charCodeAt(s + 1));
      const labelled = NI_LABEL.test(lineBefore(text, s, 50));
      if (labelled) emit(s, e, 0.97);
      else if (hasSuffix && upper && isUpper(text.charCodeAt(e - 1))) emit(s, e, 0.9);
    }
  },
  positives: [
    { text: 'NI number: AB 12 34 56 C', match: 'AB 12 34 56 C' },
    { text: 'His NINO is JM123456D, thanks', match: 'JM123456D' },
    { text: 'national insurance no. ce 123456', match: 'ce 123456' },
    { text: 'Employee record PR654321A updated', match: 'PR654321A' },
  ],
  negatives: [
    'VAT reg GB123456789',
    'Ticket QQ123456C is not a NINO (QQ is not a valid prefix)',
    'Flight BA123456 lands at 10.',
    'Company number SC123456 is in Scotland',
  ],
};
