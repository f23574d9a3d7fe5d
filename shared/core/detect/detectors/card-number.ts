/**
 * Payment card numbers (PAN): 13–19 digits, typed whole or in groups (`4111 1111 1111 1111`, `3782-822463-10005`),
 * accepted only with a valid Luhn check digit and a real issuer prefix. Masked cards (`**** **** **** 1111`), expiry
 * dates (`12/27`), amounts and numbers labelled as orders, invoices, tickets or tracking are not cards.
 */
import { isAlnum, lineBefore } from '../context';
import type { Detector, Emit } from '../detector';
import type { NumberRun } from '../number-runs';

/** A label right before the number that makes it something else ("order no. 5555…", "serial SN 4111…"). */
const NOT_A_CARD =
  /\b(?:order|invoice|inv|ref|reference|tracking|parcel|consignment|ticket|case|po|quote|serial|sn|imei|barcode|iccid|sim|member(?:ship)?|policy|customer)\b[^\d\n]{0,16}$/;
const CARD_WORDS = /card|visa|mastercard|amex|maestro|debit|credit|\bpan\b|payment|pay with|long number/;

/** True when the digits start with a real issuer prefix for their length (Visa, Mastercard, Amex, Discover, …). */
export function issuerValid(d: string): boolean {
  return issuerPrefixValid(Number(d.slice(0, 2)), Number(d.slice(0, 4)), d.length, d[0] === '4');
}

/** {@link issuerValid} of `n` digits whose first two and four digits read as `p2` and `p4` (`visa`: the first is 4). */
function issuerPrefixValid(p2: number, p4: number, n: number, visa: boolean): boolean {
  if (visa) return n === 13 || n === 16 || n === 19;
  if (p2 >= 51 && p2 <= 55) return n === 16;
  if (p4 >= 2221 && p4 <= 2720) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p4 >= 3000 && p4 <= 3059)) return n >= 14 && n <= 19;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 13 && n <= 19;
  return false;
}

/** The value of the first four digits of groups `i..` of `run` (the run holds 13 or more). */
function firstFour(text: string, run: NumberRun, i: number): number {
  let v = 0;
  let k = 0;
  for (let g = i; k < 4; g++) {
    const end = run.groupEnd(g)!;
    for (let c = run.groupStart(g)!; c < end && k < 4; c++, k++) v = v * 10 + text.charCodeAt(c) - 48;
  }
  return v;
}

/** {@link luhnValid} of the digits of groups `i..j` of `run`, read in place (no joined copy). */
function luhnInRun(text: string, run: NumberRun, i: number, j: number): boolean {
  let sum = 0;
  let double = false;
  for (let g = j; g >= i; g--) {
    const start = run.groupStart(g)!;
    for (let c = run.groupEnd(g)! - 1; c >= start; c--) {
      let d = text.charCodeAt(c) - 48;
      if (double) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      double = !double;
    }
  }
  return sum % 10 === 0;
}

/** The number of digits in group `k` of `run` (a function, not a closure per call: nothing to allocate). */
function size(run: NumberRun, k: number): number {
  return run.groupEnd(k)! - run.groupStart(k)!;
}

/**
 * Group sizes people use for cards: one block, 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners). Reads groups `i..j` of the
 * run in place (no array of sizes, no joined key).
 */
function layoutValid(run: NumberRun, i: number, j: number): boolean {
  if (i === j) return true;
  if (j === i + 2 && size(run, i) === 4 && size(run, i + 1) === 6 && (size(run, j) === 5 || size(run, j) === 4))
    return true;
  for (let k = i; k < j; k++) if (size(run, k) !== 4) return false;
  const last = size(run, j);
  return last >= 1 && last <= 4;
}

/** The last group of the card number starting at group `i` of `run`, or -1. */
function cardEndAt(text: string, run: NumberRun, i: number): number {
  const n = run.count;
  let best = -1;
  let digits = 0;
  let p4 = -1; // the first four digits' value, read once a length can be a card
  for (let j = i; j < n && j < i + 6; j++) {
    if (j > i && run.sep(j - 1) !== run.sep(i)) break; // one separator kind throughout
    digits += run.groupEnd(j)! - run.groupStart(j)!;
    if (digits > 19) break;
    if (digits < 13 || (j < n - 1 && run.sep(j) !== ' ') || !layoutValid(run, i, j)) continue;
    if (p4 < 0) p4 = firstFour(text, run, i);
    if (issuerPrefixValid((p4 / 100) | 0, p4, digits, p4 >= 4000 && p4 < 5000) && luhnInRun(text, run, i, j)) best = j;
  }
  return best;
}

function findInRun(text: string, run: NumberRun, emit: Emit): void {
  const n = run.count;
  for (let i = 0; i < n; i++) {
    if (i > 0 && run.sep(i - 1) !== ' ') continue;
    const best = cardEndAt(text, run, i);
    if (best >= 0) {
      emitCard(text, run.groupStart(i)!, run.groupEnd(best)!, emit);
      i = best;
    }
  }
}

/** Reports a Luhn-valid card number unless its surroundings make it something else. */
function emitCard(text: string, s: number, e: number, emit: Emit): void {
  const prev = text.charCodeAt(s - 1);
  // Glued to letters or an id (`INV4111…`, `#4111…`), or an amount (`£4111…`): not a card as typed.
  if (isAlnum(prev) || prev === 35 || prev === 163 || prev === 36 || prev === 8364 || prev === 42) return;
  if (isAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === 42) return;
  const line = lineBefore(text, s, 40);
  const carded = CARD_WORDS.test(line);
  const label = NOT_A_CARD.exec(line);
  if (label !== null && !CARD_WORDS.test(label[0])) return;
  emit(s, e, carded ? 0.99 : 0.95);
}

/** The card number detector. */
export const cardNumberDetector: Detector = {
  kind: 'card_number',
  detect(scan, emit) {
    const text = scan.text;
    for (const run of scan.numberRuns()) if (run.end - run.start >= 13) findInRun(text, run, emit);
  },
  positives: [
    { text: 'Card number: 4111 1111 1111 1111 exp 12/27', match: '4111 1111 1111 1111' },
    { text: 'please charge 5555-5555-5555-4444 for the renewal', match: '5555-5555-5555-4444' },
    { text: 'the long number is 4000056655665556.', match: '4000056655665556' },
    { text: 'Amex 3782 822463 10005 ending 10005', match: '3782 822463 10005' },
  ],
  negatives: [
    'Card ending **** **** **** 1111, expiry 12/27.',
    'Order number 4111 1111 1111 1111 has shipped.',
    'Invoice total £1,234.56 due 12/27.',
    'Tracking: 1Z999AA10123456784',
    '4111 1111 1111 1112 fails the check digit',
  ],
};
