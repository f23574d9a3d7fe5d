/**
 * Phone numbers: UK numbers as people type them (`07700 900123`, `07700-900-123`, `(020) 7946 0123`,
 * `+44 (0)7700 900123`, `0113 496 0000`) and international numbers written with `+` (`+1 202 555 0143`).
 * Dates, times, amounts, order/ticket numbers and digit runs with mixed separators are not phones.
 */
import { isAlnum, lineBefore } from '../context';
import type { Detector } from '../detector';
import { type GroupSeparator, type NumberRun, runDigits } from '../number-runs';

const PHONE_WORDS =
  /\b(?:tel|telephone|phone|mob|mobile|cell|call|ring|text|sms|whatsapp|fax|landline|contact|direct|dd|extension|reach)\b/;
/** A label shortly before the number that makes it something else ("order no. 0770…", "case reference is 0163…"). */
const NOT_A_PHONE =
  /\b(?:order|invoice|inv|ref|reference|tracking|parcel|ticket|case|account|acc|a\/c|sort code|serial|nhs|policy|customer|member(?:ship)?|booking|reservation|po|company|vat)(?:\s*(?:no\.?|number|num|#|ref(?:erence)?|id|is|was|:|-))*\s*$/;

/** UK national significant number (leading 0) check by length and range. */
export function ukNumberValid(d: string): boolean {
  if (d.charCodeAt(0) !== 48) return false;
  const second = d.charCodeAt(1);
  // 11 digits: 01, 02, 03, 05, 07, 08, 09; 10 digits: 01, 0800, 0808, 0500.
  if (d.length === 11)
    return second === 49 || second === 50 || second === 51 || second === 53 || (second >= 55 && second <= 57);
  if (d.length === 10) return second === 49 || d.startsWith('0800') || d.startsWith('0808') || d.startsWith('0500');
  return false;
}

interface Candidate {
  readonly end: number;
  readonly confidence: number;
}

function international(d: string): number {
  if (d.startsWith('44')) return ukNumberValid(d.startsWith('440') ? d.slice(2) : `0${d.slice(2)}`) ? 0.9 : 0;
  return d.length >= 8 && d.length <= 15 && d[0] !== '0' ? 0.75 : 0;
}

function national(d: string): number {
  if (d.startsWith('0044')) return ukNumberValid(`0${d.slice(4)}`) ? 0.85 : 0;
  if (!ukNumberValid(d)) return 0;
  return d[1] === '7' ? 0.9 : 0.85;
}

/** The longest phone number starting at group `i` of `run`, or null. */
function phoneAt(text: string, run: NumberRun, i: number): Candidate | null {
  const plus = i === 0 && text.charCodeAt(run.start - 1) === 43;
  const firstSize = run.groupEnd(i)! - run.groupStart(i)!;
  let sep: GroupSeparator | null = null;
  let best: Candidate | null = null;
  for (let j = i; j < run.count && j < i + 13; j++) {
    if (j > i) {
      const s = run.sep(j - 1)!;
      if (s !== '(' && s !== ')') {
        if (sep !== null && s !== sep) break; // `01.02.2024 10` mixes separators: a date and a time
        sep = s;
      }
    }
    const d = runDigits(text, run, i, j);
    if (d.length > 15) break;
    if (j < run.count - 1 && run.sep(j) !== ' ') continue; // ends at the run's end or before a space
    const confidence = plus ? international(d) : firstSize <= 5 || j === i ? national(d) : 0;
    if (confidence > 0) best = { end: run.groupEnd(j)!, confidence };
  }
  return best;
}

/** The phone detector. */
export const phoneDetector: Detector = {
  kind: 'phone',
  detect(scan, emit) {
    const text = scan.text;
    for (const run of scan.numberRuns()) {
      if (run.end - run.start < 8) continue;
      for (let i = 0; i < run.count; i++) {
        if (i > 0 && run.sep(i - 1) !== ' ') continue;
        // Phones start with 0 (national, 00 international) or follow a `+`.
        if (text.charCodeAt(run.groupStart(i)!) !== 48 && !(i === 0 && text.charCodeAt(run.start - 1) === 43)) continue;
        const c = phoneAt(text, run, i);
        if (c === null) continue;
        let s = run.groupStart(i)!;
        if (i === 0 && text.charCodeAt(s - 1) === 43) s--; // the `+`
        if (text.charCodeAt(s - 1) === 40) s--; // `(020) …`
        const prev = text.charCodeAt(s - 1);
        if (isAlnum(prev) || prev === 35 || prev === 47 || prev === 163 || prev === 36 || prev === 46) continue;
        if (isAlnum(text.charCodeAt(c.end)) || text.charCodeAt(c.end) === 47) continue;
        const line = lineBefore(text, s, 40);
        const labelled = PHONE_WORDS.test(line);
        const other = NOT_A_PHONE.exec(line);
        if (other !== null && !PHONE_WORDS.test(other[0])) continue;
        emit(s, c.end, labelled ? Math.max(c.confidence, 0.95) : c.confidence);
        while (i < run.count - 1 && run.groupEnd(i)! < c.end) i++;
      }
    }
  },
  positives: [
    { text: 'Call me on 07700 900123 after 5.', match: '07700 900123' },
    { text: 'Mobile: +44 (0)7700 900456', match: '+44 (0)7700 900456' },
    { text: 'Our office is (020) 7946 0123, ext 12.', match: '(020) 7946 0123' },
    { text: 'tel 0113-496-0000 or text', match: '0113-496-0000' },
    { text: 'US office +1 202 555 0143', match: '+1 202 555 0143' },
  ],
  negatives: [
    'Meeting on 01.02.2024 10:30 in room 4.',
    'Order number 07700900123 was dispatched.',
    'Ticket INC0012345 and #48213 are closed.',
    'The amount is £07700.90 per year.',
    'Version 10.0.19045.1 is installed.',
  ],
};
