/**
 * Names of people where mail puts them: greetings ("Dear Mrs Patel", "Hi Tom,"), sign-offs ("Kind regards,\nPriya
 * Shah", "Thanks, Tom"), display names ("Tom Baker <tom@example.com>"), titles ("Mr J. Okafor called"), and labels
 * ("my name is Jane Doe", "Name: Jane Doe", "this is Tom from Acme"). Capitalised words alone are not names.
 */

import type { Detector, Emit } from '../detector';
import { forEachLabel, type TextScan } from '../text-scan';
import { isUnicodeLetter } from '../unicode-letter';
import { findClosingNames } from './closing-name';
import { couldBeNameLabel, lastNameStart, mayEndSignOff, NAME_LABEL, readNameAt } from './person-name-parts';

/** Words that open a greeting line (after blanks and quote marks), lower-case; GREETING reads them. */
const GREETING_WORDS = ['dear', 'hi', 'hello', 'hey', 'hiya', 'good', 'morning', 'afternoon'];
/** Words that open a sign-off line, lower-case; SIGN_OFF reads them. */
const SIGN_OFF_WORDS = [
  ...['kind', 'best', 'warm', 'many', 'with', 'all the', 'regards', 'wishes', 'thanks', 'thank you', 'cheers'],
  ...['sincerely', 'faithfully', 'yours', 'take care', 'speak soon'],
];
/** Where a quoted or forwarded message begins (at a line start): closing names are looked for before these. */
const MESSAGE_START = /(?:-----original message-----|---------- forwarded message|from: |on [^\n]{4,120} wrote:)/iy;
const MESSAGE_START_WORDS = ['-----', '---------- ', 'from: ', 'on '];

/** What a line opens with, told from its first three characters (see {@link opening}). */
type Opening = 0 | 1 | 2 | 3; // nothing, a greeting, a sign-off, a quoted or forwarded message

/** A third character as a bit: a letter (any case), a blank (space or tab), `-`; 0 for anything else. */
function thirdBit(c: number): number {
  if (c === 32 || c === 9) return 1 << 26;
  if (c === 45) return 1 << 27;
  const l = c | 32;
  return l >= 97 && l <= 122 ? 1 << (l - 97) : 0;
}

/**
 * By the first two characters, each OR 32 (which lower-cases ASCII letters; `a * 128 + b`): the third characters an
 * opener can have (bits 0–27, see {@link thirdBit}) and, in bits 28–29, what it opens. Other characters that OR 32
 * folds onto a listed one only cost a regex check.
 */
const OPENINGS = new Int32Array(128 * 128);
for (const [kind, words] of [
  [1, GREETING_WORDS],
  [2, SIGN_OFF_WORDS],
  [3, MESSAGE_START_WORDS],
] as const) {
  for (const w of words) {
    const slot = w.charCodeAt(0) * 128 + w.charCodeAt(1);
    const known = OPENINGS[slot]! >>> 28;
    if (known !== 0 && known !== kind) throw new Error(`person-name: "${w}" shares its start`);
    OPENINGS[slot]! |= (kind << 28) | (w.length > 2 ? thirdBit(w.charCodeAt(2)) : 1 << 26); // "hi" is followed by a blank
  }
}

/** What the line starting at `i` (after its blanks and `>`) may open, from three characters and one table read. */
function opening(text: string, i: number): Opening {
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1) | 32;
  if (a >= 128 || b >= 128) return 0;
  const entry = OPENINGS[a * 128 + b]!;
  return entry === 0 || (entry & thirdBit(text.charCodeAt(i + 2))) === 0 ? 0 : ((entry >>> 28) as Opening);
}

const GREETING = /[ \t>]*(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|afternoon)[ \t]+/iy;
/** A sign-off at a line start, case-insensitive (exported for a property test of `mayEndSignOff`). */
export const SIGN_OFF =
  /[ \t>]*(?:(?:kind|best|warm|warmest|many|with (?:kind|best)|all the)[ \t]+)?(?:regards|wishes|thanks|thank you|cheers|sincerely|faithfully|yours (?:sincerely|faithfully|truly)|best|take care|speak soon)[ \t]*[,.!]?[ \t]*/iy;
const LABEL_WORDS = [
  ...['name', 'this is', "i'm", 'i am', 'attn', 'fao', 'for the attention'],
  // Role labels only with their colon: "engineer" and "customer" are common words in support mail.
  ...['contact:', 'caller:', 'customer:', 'client:', 'patient:', 'engineer:', 'technician:'],
];
const LABEL_TRIGGERS: ReadonlySet<string> = new Set(LABEL_WORDS);
/** A title before a capitalised word, checked (case-sensitively) at each title trigger. */
const TITLE_AT = /(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?=[A-Z])/y;
const TITLE_WORDS = ['mr ', 'mrs ', 'ms ', 'miss ', 'mx ', 'dr ', 'mr.', 'mrs.', 'ms.', 'dr.'];
const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
const LABEL_AT = new RegExp(NAME_LABEL.source, 'iy');
const NOT_PERSON_NAME =
  /\b(?:company|business|product|file|user|host|computer|pc|server|domain|device|machine|trading|brand|model|network|wifi|ssid|printer|folder|site|project|app|package|display|screen|team|group|event|street|road|town|account|login|sender|venue|course|plan|job|role|item|part|field|column|table|sheet|document|template|policy|the|your|this|that|its)\s+name/;

/**
 * True when the (at most) `reach` characters after `end` are: blanks to the window's end; or blanks then one of
 * `stops` (character codes); or blanks then `-` with at least one blank before it ("Tom - Acme"). A bounded character
 * scan, no slice or regex call (this runs at every greeting and sign-off).
 */
function followedBy(text: string, end: number, stops: readonly number[], reach: number): boolean {
  const limit = Math.min(text.length, end + reach);
  let i = end;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === limit) return true;
  const c = text.charCodeAt(i);
  if (c === 45) return i > end;
  if (stops.indexOf(c) !== -1) return true;
  return c === 13 && i + 1 < limit && text.charCodeAt(i + 1) === 10 && stops.indexOf(10) !== -1; // `\r\n`
}

/** What may follow a greeting's name on its line: `,` `!` `:` `.` `|` or the line end. */
const AFTER_GREETING_NAME = [44, 33, 58, 46, 124, 10, 13];
/** What may follow a signed name: the line end, `,` `|` `(`. */
const AFTER_SIGNED_NAME = [10, 44, 124, 40];

function greeting(text: string, at: number, emit: Emit): boolean {
  GREETING.lastIndex = at;
  if (!GREETING.test(text)) return false;
  const nameEnd = readNameAt(text, GREETING.lastIndex);
  const nameStart = lastNameStart();
  if (nameEnd !== -1 && (followedBy(text, nameEnd, AFTER_GREETING_NAME, 3) || text.startsWith(' and ', nameEnd)))
    emit(nameStart, nameEnd, 0.8);
  return true;
}

/** True for a space, a tab or a quote mark `>`. */
function isQuoteBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 62;
}

/** Where the line break at `pos` ends: after `\n` or `\r\n`; -1 when there is none. */
function lineBreakEnd(text: string, pos: number): number {
  const i = text.charCodeAt(pos) === 13 ? pos + 1 : pos;
  return text.charCodeAt(i) === 10 ? i + 1 : -1;
}

/**
 * The blank lines and quote marks between a sign-off and the name on the next line ("Kind regards,\n\nPriya"): from
 * `pos`, a line break, up to two more lines holding only blanks and `>`, then blanks and `>` — what
 * `/\r?\n(?:[ \t>]*\r?\n){0,2}[ \t>]*\/y` matches. Returns where it ends, or -1.
 */
export function nextLineStart(text: string, pos: number): number {
  let i = lineBreakEnd(text, pos);
  if (i === -1) return -1;
  for (let k = 0; k < 2; k++) {
    let j = i;
    while (isQuoteBlank(text.charCodeAt(j))) j++;
    const end = lineBreakEnd(text, j);
    if (end === -1) break;
    i = end;
  }
  while (isQuoteBlank(text.charCodeAt(i))) i++;
  return i;
}

function signOff(text: string, at: number, emit: Emit): void {
  let i = at;
  while (isQuoteBlank(text.charCodeAt(i))) i++;
  if (!mayEndSignOff(text, i)) return;
  SIGN_OFF.lastIndex = at;
  if (!SIGN_OFF.test(text)) return;
  let pos = SIGN_OFF.lastIndex;
  // The sign-off ends in `,` `.` or `!` (then only blanks) and a capital follows: "Thanks, Tom".
  let e = pos;
  while (e > at && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const last = text.charCodeAt(e - 1);
  const following = text.charCodeAt(pos);
  const sameLine = (last === 44 || last === 46 || last === 33) && following >= 65 && following <= 90;
  if (!sameLine) {
    const next = nextLineStart(text, pos);
    if (next === -1 || next - pos > 20) return;
    pos = next;
  }
  const nameEnd = readNameAt(text, pos);
  const nameStart = lastNameStart();
  if (nameEnd !== -1 && followedBy(text, nameEnd, AFTER_SIGNED_NAME, 3)) emit(nameStart, nameEnd, 0.8);
}

/**
 * Greetings and sign-offs open a line; quoted and forwarded messages start one. Each line start (`indexOf`) is told
 * by its first three characters (after blanks and `>`; see {@link opening}), and only then is the one sticky regex
 * that can match there tried. Returns where messages start.
 */
function lineOpeners(text: string, emit: Emit): number[] {
  const messageStarts: number[] = [];
  if (!greeting(text, 0, emit)) signOff(text, 0, emit);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    const at = nl + 1;
    let i = at;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9 || c === 62) c = text.charCodeAt(++i);
    const kind = opening(text, i);
    if (kind === 1) greeting(text, at, emit);
    else if (kind === 2) signOff(text, at, emit);
    else if (kind === 3 && i === at) {
      MESSAGE_START.lastIndex = at;
      if (MESSAGE_START.test(text)) messageStarts.push(nl);
    }
  }
  return messageStarts;
}

function titled(scan: TextScan, emit: Emit): void {
  const text = scan.text;
  for (const at of scan.hits(TITLES)) {
    TITLE_AT.lastIndex = at;
    if (!TITLE_AT.test(text)) continue;
    const nameEnd = readNameAt(text, TITLE_AT.lastIndex);
    const nameStart = lastNameStart();
    if (nameEnd !== -1) emit(nameStart, nameEnd, 0.85);
  }
}

/** "Tom Baker <tom@example.com>" and "Zainab Hussain (zainab@example.com)": a name right before a bracketed email. */
function displayNames(text: string, emit: Emit): void {
  displayNamesBefore(text, '<', '>', emit);
  displayNamesBefore(text, '(', ')', emit);
}

/** A letter of any common script (`isUnicodeLetter`), an apostrophe, a space, a dot or a hyphen (ASCII without a regex call). */
function isNameChar(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 32 || c === 46 || c === 45;
  return isUnicodeLetter(c);
}

function displayNamesBefore(text: string, open: string, close: string, emit: Emit): void {
  const closeCode = close.charCodeAt(0);
  let nextAt = -1; // the first `@` after the last bracket looked at (text.length: none left)
  for (let lt = text.indexOf(open); lt !== -1; lt = text.indexOf(open, lt + 1)) {
    if (nextAt <= lt) {
      nextAt = text.indexOf('@', lt + 1);
      if (nextAt === -1) nextAt = text.length;
    }
    if (nextAt - lt >= 100) continue; // no `@` in reach: not an address in brackets
    // An address fills the brackets: an `@`, no spaces, closed within 100 characters (checked without copying).
    let gt = lt + 1;
    let at = false;
    for (; gt < text.length && gt - lt < 100; gt++) {
      const c = text.charCodeAt(gt);
      if (c === 64) at = true;
      else if (c === 32 || c === 10 || c === 9 || c === 13 || c === closeCode) break;
    }
    if (!at || text.charCodeAt(gt) !== closeCode) continue;
    let e = lt;
    while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
    if (text.charCodeAt(e - 1) === 34) e--;
    let s = e;
    while (s > 0 && e - s < 60 && isNameChar(text.charCodeAt(s - 1))) s--;
    // The name is the longest run of name words ending right before the bracket ("Can you add Zainab Hussain (").
    for (let w = s; w < e; w++) {
      if (w > s && text.charCodeAt(w - 1) !== 32 && text.charCodeAt(w - 1) !== 34) continue;
      const nameEnd = readNameAt(text, w);
      const nameStart = lastNameStart();
      if (nameEnd !== -1 && nameEnd === e) {
        emit(nameStart, nameEnd, 0.85);
        break;
      }
    }
  }
}

function labelled(scan: TextScan, emit: Emit): void {
  const text = scan.text;
  const hits = scan.hits(LABEL_TRIGGERS).filter((p) => couldBeNameLabel(text, p));
  forEachLabel(text, hits, LABEL_AT, 2, (at, end) => {
    const label = text.slice(at, end).toLowerCase();
    if (/name/.test(label) && NOT_PERSON_NAME.test(label)) return undefined;
    const nameEnd = readNameAt(text, end);
    const nameStart = lastNameStart();
    if (nameEnd === -1) return undefined;
    const introduced = /this is|i'm|i am/.test(label);
    if (introduced && !/^(?: from | at | here|,| speaking| calling)/.test(text.slice(nameEnd, nameEnd + 10)))
      return undefined;
    emit(nameStart, nameEnd, 0.9);
    return nameEnd;
  });
}

/** The person-name detector. */
export const personNameDetector: Detector = {
  kind: 'person_name',
  triggers: [...LABEL_WORDS, ...TITLE_WORDS],
  detect(scan, emit) {
    const text = scan.text;
    const messageStarts = lineOpeners(text, emit);
    titled(scan, emit);
    displayNames(text, emit);
    labelled(scan, emit);
    findClosingNames(text, messageStarts, emit);
  },
  positives: [
    { text: 'Dear Mrs Patel,\nThank you for your call.', match: 'Patel' },
    { text: 'Hi Tom,\nthe laptop is ready.', match: 'Tom' },
    { text: 'Thanks again.\n\nKind regards,\nPriya Shah\nAcme Support', match: 'Priya Shah' },
    { text: 'From: Tom Baker <tom.baker@example.com>', match: 'Tom Baker' },
    { text: 'Hello, my name is Jane Doe and I have a question.', match: 'Jane Doe' },
    { text: 'Mr J. Okafor called about his invoice.', match: 'J. Okafor' },
    { text: 'Hi, this is Sam from Fenwick Dental.', match: 'Sam' },
  ],
  negatives: [
    'Dear Sir/Madam,\nPlease find attached.',
    'Hi all,\nThe office is closed on Monday.',
    'Dear Valued Customer,\nYour invoice is ready.',
    'Kind regards,\nThe Support Team',
    'Company name: Acme Trading',
    'Monday Morning Meeting Notes',
  ],
};
