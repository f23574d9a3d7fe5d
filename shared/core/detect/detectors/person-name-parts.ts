/**
 * Parts of the person-name detector: what a name looks like (capitalised words: `Tom`, `O'Brien`, `McDonald`,
 * `Smith-Jones`, `Zoë`), the words that look like names but are not (`Team`, `Support`, `Sir`, `Madam`, days,
 * months), and reading a name at a position.
 */

import { isLetter } from '../context';

const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
/** One name word. Linear: every quantified part is followed by a character it cannot match. */
const WORD = `(?:[${UPPER}]['\u2019][${UPPER}][${LOWER}]+|[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:-[${UPPER}][${LOWER}]+)?)`;
/** A title before a name. */
export const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Lady|Lord)';
/** The first letters of the titles in {@link TITLE} (`MDPSRL`: a quick test before the pattern). */
const TITLE_FIRST = TITLE.slice(3, -1)
  .split('|')
  .map((t) => t[0])
  .join('');
/** A title and its space, read (sticky) before a name. */
const TITLE_AT = new RegExp(`${TITLE}\\.? `, 'y');
/** Up to four name words, each may follow an initial (`J. Okafor`, `Tom J. Baker`); sticky, tested (no match object). */
const NAME = new RegExp(`(?:[${UPPER}]\\.? )?${WORD}(?: (?:[${UPPER}]\\.? )?${WORD}){0,3}`, 'y');

/** Where the name words starting at `at` end, or -1 when none start there. */
function nameEnd(text: string, at: number): number {
  NAME.lastIndex = at;
  return NAME.test(text) ? NAME.lastIndex : -1;
}

/** Capitalised words that are not names (greetings, roles, teams, days, months, pronouns). */
const NOT_NAMES = new Set(
  (
    'All Everyone Everybody Team Teams There Folks Guys Sir Madam Madame Customer Customers Client Clients Colleague Colleagues ' +
    'Support Sales Accounts Account Billing Admin Administrator Helpdesk Service Services Desk Manager Managers Director Staff ' +
    'Friend Friends Both Again Thanks Thank Regards Kind Best Cheers The A An I We You They He She It This That Our My Your ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Morning Afternoon Evening Hello Hi Dear Hey Please Yes No Ok Okay Sorry Just Quick Update ' +
    'Ltd Limited Plc Inc Group Company Office Department Reception Finance Payroll Legal Marketing Operations Engineering Technical ' +
    'Mailguard Microsoft Outlook Windows Google Gmail Apple Amazon Team Member Members Partner Partners User Users Owner Shopper ' +
    'Sent Subject From To Cc Date Re Fw Fwd Note Notes Attached Regarding Following Sirs Gentlemen Ladies ' +
    // Words of business names ("Dear Lakeside Dental", "Hi Hughes Plumbing").
    'Dental Florists Florist Plumbing Practice Surgery Clinic Solutions Consulting Motors Vets Accountants Nursery ' +
    'Optometrists Opticians Pharmacy School Academy Trust Council Associates Studio Garage Bakery Cafe Hotel ' +
    'Restaurant Salon Estates Lettings Properties Homes Construction Electrical Engineers Logistics Transport Systems ' +
    'Technologies Digital Media Design Insurance Bank Society Charity Foundation Club Centre Center Shop Store Stores ' +
    'Supplies Court Police Magistrates Hospital University College Church Trading Holdings Agency Care Health ' +
    'Committee Board Social Management Directors Governors Trustees Helpdesk Servicedesk Rota Newsletter Bulletin'
  ).split(' '),
);

/** True when a word may be (part of) a name. */
export function couldBeName(word: string): boolean {
  return !NOT_NAMES.has(word);
}

/**
 * By a word's first two characters (`a * 128 + b`, `b` = 0 for one-letter words): bit `n` is set when a word of
 * NOT_NAMES of length `n` starts so. Most name words match no entry, so they are told apart without a copy and a
 * string hash (~0.4 ms of a 5 MB pass, where thousands of names are read).
 */
const NOT_NAME_STARTS = new Int32Array(128 * 128);
for (const w of NOT_NAMES)
  NOT_NAME_STARTS[w.charCodeAt(0) * 128 + (w.length > 1 ? w.charCodeAt(1) : 0)]! |= 1 << w.length;

/** {@link couldBeName} for the word `text[from, to)` (ASCII-only NOT_NAMES, words up to 30 characters). */
function couldBeNameAt(text: string, from: number, to: number): boolean {
  const a = text.charCodeAt(from);
  const b = to - from > 1 ? text.charCodeAt(from + 1) : 0;
  if (a >= 128 || b >= 128 || to - from > 30 || (NOT_NAME_STARTS[a * 128 + b]! & (1 << (to - from))) === 0) return true;
  return couldBeName(text.slice(from, to));
}

/** Where the name found by the last {@link readNameAt} starts (kept outside: no tuple per name read). */
let lastStart = 0;

/** Where the name found by the last successful {@link readNameAt} starts. */
export function lastNameStart(): number {
  return lastStart;
}

/**
 * Reads a name starting at `pos` (after a greeting, sign-off, title or label): where it ends (its start, without the
 * title, is then {@link lastNameStart}), or -1 when the capitalised words there are not all name-like ("Dear Valued
 * Customer" is not a name).
 */
export function readNameAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) return -1; // names and titles start with a capital
  // A title, then name words ("Mrs Patel"); when no name follows the title, the title word may itself be read as one
  // (as the single pattern `(?:title )?name` would after backtracking).
  let start = pos;
  let end = -1;
  TITLE_AT.lastIndex = pos;
  if (TITLE_FIRST.indexOf(text[pos]!) !== -1 && TITLE_AT.test(text)) {
    const after = TITLE_AT.lastIndex;
    end = nameEnd(text, after);
    if (end !== -1) start = after;
  }
  if (end === -1) end = nameEnd(text, pos);
  if (end === -1) return -1;
  for (let from = start; from < end; ) {
    let to = from;
    while (to < end && text.charCodeAt(to) !== 32) to++;
    if (!couldBeNameAt(text, from, text.charCodeAt(to - 1) === 46 ? to - 1 : to)) return -1;
    from = to + 1;
  }
  lastStart = start;
  return end;
}

/** {@link readNameAt} as a span: `[start, end]` of the name, or null. */
export function readName(text: string, pos: number): [number, number] | null {
  const end = readNameAt(text, pos);
  return end === -1 ? null : [lastStart, end];
}

/** Labels before a name ("my name is", "Name:", "this is", "FAO"), case-insensitive; read with the trigger words. */
export const NAME_LABEL =
  /\b(?:my name is|my name's|name is|(?:[a-z']+ )?name[ \t]*[:\u2013-]|(?:contact|caller|customer|client|patient|engineer|technician)[ \t]*[:\u2013-]|attn:?|fao:?|for the attention of|this is|i'm|i am)[ \t]+/gi;

/** True when `text` holds "name" (any case) at `at`. */
function nameAt(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 32) === 110 &&
    (text.charCodeAt(at + 1) | 32) === 97 &&
    (text.charCodeAt(at + 2) | 32) === 109 &&
    (text.charCodeAt(at + 3) | 32) === 101
  );
}

/**
 * A necessary condition (read from NAME_LABEL; keep the two together) for a label to hold the trigger at `p`. Only
 * "name" is tested (the one trigger starting with `n`; the others pass): a label holds it only as "name's", "name is",
 * "name:" (blanks, then `:` `–` `-`), or in the word that opens "<word> name:" ("named name:"). Most "name"s in
 * mail ("your name will appear") fail, so no label match is tried from them and the two words before them (~0.4 ms of
 * a 5 MB pass).
 */
export function couldBeNameLabel(text: string, p: number): boolean {
  if ((text.charCodeAt(p) | 32) !== 110) return true;
  let q = p + 4;
  if (text.charCodeAt(q) === 39) return true; // name's
  if (text.charCodeAt(q) === 32 && (text.charCodeAt(q + 1) | 32) === 105 && (text.charCodeAt(q + 2) | 32) === 115)
    return true; // name is
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  const c = text.charCodeAt(q);
  if (c === 58 || c === 0x2013 || c === 45) return true; // name:
  // The word opening "(?:[a-z']+ )?name:" may itself start with "name": its letters and apostrophes, a space, "name".
  let e = p + 4;
  while (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 39) e++;
  return text.charCodeAt(e) === 32 && nameAt(text, e + 1);
}

/**
 * A necessary condition for a sign-off line starting at `i` (after its blanks and `>`) to end in a name: the sign-off
 * words are ASCII letters and blanks (at most 23 letters: "with kind" + "yours faithfully"), and a name follows them
 * only after `,` `.` `!` on the same line or after a line break, so the first other character must be one of those.
 * Prose lines that open like a sign-off ("Thanks for getting back to me so quickly.") fail it without a regex call.
 */
export function mayEndSignOff(text: string, i: number): boolean {
  let letters = 0;
  for (let c = text.charCodeAt(i); ; c = text.charCodeAt(++i)) {
    if (isLetter(c)) {
      if (++letters > 23) return false;
    } else if (c !== 32 && c !== 9) return c === 44 || c === 46 || c === 33 || c === 10 || c === 13;
  }
}
