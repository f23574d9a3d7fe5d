/**
 * Phone numbers: UK numbers as people type them (`07700 900123`, `07700-900-123`, `(020) 7946 0123`,
 * `+44 (0)7700 900123`, `0113 496 0000`) and international numbers written with `+` (`+1 202 555 0143`).
 * Dates, times, amounts, order/ticket numbers and digit runs with mixed separators are not phones.
 */
import { isAlnum, lineBefore } from '../context';
import type { Detector } from '../detector';
import type { GroupSeparator, NumberRun } from '../number-runs';

const PHONE_WORDS =
  /\b(?:tel|telephone|phone|mob|mobile|cell|call|ring|text|sms|whatsapp|fax|landline|contact|direct|dd|extension|reach)\b/;
/** A label shortly before the number that makes it something else ("order no. 0770…", "case reference is 0163…"). */
const NOT_A_PHONE =
  /\b(?:order|invoice|inv|ref|reference|tracking|parcel|ticket|case|account|acc|a\/c|sort code|serial|nhs|policy|customer|member(?:ship)?|booking|reservation|po|company|vat)(?:\s*(?:no\.?|number|num|#|ref(?:erence)?|id|is|was|:|-))*\s*$/;

/** UK national significant number (leading 0) check by length and range. */
export function ukNumberValid(d: string): boolean {
  return d.charCodeAt(0) === 48 && ukValid(d.charCodeAt(1) - 48, d.charCodeAt(2) - 48, d.charCodeAt(3) - 48, d.length);
}

/**
 * {@link ukNumberValid} of a number of `n` digits that starts `0`, `second`, `third`, `fourth` (digit values; any
 * other number where the number is shorter).
 */
function ukValid(second: number, third: number, fourth: number, n: number): boolean {
  // 11 digits: 01, 02, 03, 05, 07, 08, 09; 10 digits: 01, 0800, 0808, 0500.
  if (n === 11) return second === 1 || second === 2 || second === 3 || second === 5 || (second >= 7 && second <= 9);
  if (n === 10)
    return (
      second === 1 ||
      (third === 0 && ((second === 8 && (fourth === 0 || fourth === 8)) || (second === 5 && fourth === 0)))
    );
  return false;
}

/**
 * The first digits of the number being read (values 0–9; 10 past the run's end): every test below that reads past a
 * number's `n`th digit needs `n` ≥ 8, so these stand for the number's own first digits. A buffer, not a string: no
 * allocation per candidate.
 */
const lead = new Uint8Array(8);

/** Fills {@link lead} from groups `i..` of `run`. */
function readLead(text: string, run: NumberRun, i: number): void {
  let k = 0;
  for (let g = i; g < run.count && k < 8; g++) {
    const end = run.groupEnd(g)!;
    for (let c = run.groupStart(g)!; c < end && k < 8; c++) lead[k++] = text.charCodeAt(c) - 48;
  }
  while (k < 8) lead[k++] = 10;
}

/** The confidence of a number of `n` digits after a `+` starting with the digits in {@link lead}. */
function international(n: number): number {
  if (lead[0] === 4 && lead[1] === 4) {
    const uk =
      lead[2] === 0 ? ukValid(lead[3]!, lead[4]!, lead[5]!, n - 2) : ukValid(lead[2]!, lead[3]!, lead[4]!, n - 1);
    return uk ? 0.9 : 0;
  }
  return n >= 8 && n <= 15 && lead[0] !== 0 ? 0.75 : 0;
}

/** The confidence of a national number of `n` digits starting with the digits in {@link lead}. */
function national(n: number): number {
  if (lead[0] === 0 && lead[1] === 0 && lead[2] === 4 && lead[3] === 4)
    return ukValid(lead[4]!, lead[5]!, lead[6]!, n - 3) ? 0.85 : 0;
  if (lead[0] !== 0 || !ukValid(lead[1]!, lead[2]!, lead[3]!, n)) return 0;
  return lead[1] === 7 ? 0.9 : 0.85;
}

/** The confidence of the last number {@link phoneAt} found (kept outside: no object per candidate). */
let phoneConfidence = 0;

/** Where the longest phone number starting at group `i` of `run` ends (its confidence in `phoneConfidence`), or -1. */
function phoneAt(text: string, run: NumberRun, i: number): number {
  const plus = i === 0 && text.charCodeAt(run.start - 1) === 43;
  const firstSize = run.groupEnd(i)! - run.groupStart(i)!;
  readLead(text, run, i);
  let sep: GroupSeparator | null = null;
  let best = -1;
  let n = 0;
  // A bracket opened inside the number must close before it can end (`+44 (0)7700…`; `PC-02 (203.0.113.45` is not).
  let open = false;
  for (let j = i; j < run.count && j < i + 13; j++) {
    if (j > i) {
      const s = run.sep(j - 1)!;
      if (s === '(') open = true;
      else if (s === ')') open = false;
      else {
        if (sep !== null && s !== sep) break; // `01.02.2024 10` mixes separators: a date and a time
        sep = s;
      }
    }
    n += run.groupEnd(j)! - run.groupStart(j)!;
    if (n > 15) break;
    if (open || (j < run.count - 1 && run.sep(j) !== ' ')) continue; // ends at the run's end or before a space
    const confidence = plus ? international(n) : firstSize <= 5 || j === i ? national(n) : 0;
    if (confidence > 0) {
      best = run.groupEnd(j)!;
      phoneConfidence = confidence;
    }
  }
  return best;
}

/** True when a `)` stands in `[from, to)` (a phone's span: a few dozen characters at most). */
function closesIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 41) return true;
  return false;
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
        const end = phoneAt(text, run, i);
        if (end === -1) continue;
        const confidence = phoneConfidence;
        let s = run.groupStart(i)!;
        if (i === 0 && text.charCodeAt(s - 1) === 43) s--; // the `+`
        if (text.charCodeAt(s - 1) === 40 && closesIn(text, s, end)) s--; // `(020) …`, not `(07700 900100)`
        const prev = text.charCodeAt(s - 1);
        if (isAlnum(prev) || prev === 35 || prev === 47 || prev === 163 || prev === 36 || prev === 46) continue;
        if (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 47) continue;
        const line = lineBefore(text, s, 40);
        const labelled = PHONE_WORDS.test(line);
        const other = NOT_A_PHONE.exec(line);
        if (other !== null && !PHONE_WORDS.test(other[0])) continue;
        emit(s, end, labelled ? Math.max(confidence, 0.95) : confidence);
        while (i < run.count - 1 && run.groupEnd(i)! < end) i++;
      }
    }
  },
  positives: [
    { text: 'Call me on 07700 900123 after 5.', match: '07700 900123' },
    { text: 'Mobile: +44 (0)7700 900456', match: '+44 (0)7700 900456' },
    { text: 'Our office is (020) 7946 0123, ext 12.', match: '(020) 7946 0123' },
    { text: 'tel 0113-496-0000 or text', match: '0113-496-0000' },
    { text: 'US office +1 202 555 0143', match: '+1 202 555 0143' },
    { text: 'the emergency line (07700 900100) is open', match: '07700 900100' },
  ],
  negatives: [
    'Meeting on 01.02.2024 10:30 in room 4.',
    'Order number 07700900123 was dispatched.',
    'Ticket INC0012345 and #48213 are closed.',
    'The amount is £07700.90 per year.',
    'Version 10.0.19045.1 is installed.',
    'Device: HD-RECEPTION-02 (203.0.113.45), user hd\\reception',
  ],
};
