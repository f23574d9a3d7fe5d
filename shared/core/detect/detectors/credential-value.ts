/**
 * Labels and value rules of the credential detector: which labels introduce a secret, and how its value is read.
 */
import { isAlnum, isAsciiWordCode, isDigitCode, isSpaceCode } from '../context';

/** What a label asks for; decides which values are accepted. */
export type CredentialLabel = 'password' | 'username' | 'pin' | 'cvv' | 'remote_id' | 'code' | 'secret';

/** Labels, case-insensitive. Words around them ("new", "temporary", "Windows") are optional qualifiers. */
export const LABEL = new RegExp(
  [
    '\\b(?:password|passwd|passcode|pass code|passphrase|pwd|pword|pw|pass(?=\\s*[:=]))',
    '\\b(?:user ?name|user ?id|userid|log ?in(?: ?(?:name|id))?|user(?=\\s*[:=]))',
    '\\bpin(?: ?(?:code|number|no\\.?))?',
    '\\b(?:remote|support|session|connection|access|one[- ]time|verification|security|2fa|mfa|otp|auth(?:entication)?|rescue|logmein|join|meeting|confirmation) ?(?:code|pin|key|id)',
    '\\b(?:enter|type in|type|key in|read out|give us|give me) the (?:[a-z]+ |\\d[- ]digit )?code',
    '\\b(?:team ?viewer|any ?desk)(?: ?(?:id|password|pwd|code|pin|number|address))?',
    '\\b(?:cvv2?|cvc2?|cv2|csc|card security code|security number|(?:3|three)[- ]digit (?:code|number))',
    '\\b(?:api[- ]?key|secret key|client secret|access token|auth token|bearer token|recovery key|wpa key|network key|wi-?fi key)',
  ]
    .map((p) => `${p}\\b`)
    .join('|'),
  'gi',
);

/**
 * What may stand right before `code`, `token` or `digit` inside a LABEL, joined by a space or `-` ("pin code",
 * "one-time code", "access token", "3-digit code"), lower-case (`key` and `secret` need none: see
 * {@link couldBeInLabel}). Read from LABEL: keep the two together.
 */
const BEFORE_END_WORD: ReadonlySet<string> = new Set(
  (
    'pass pin remote support session connection access time verification security 2fa mfa otp auth authentication ' +
    'rescue logmein join meeting confirmation teamviewer viewer anydesk desk digit 3 three bearer'
  ).split(' '),
);
/** What opens "<opener> the (<word>) code" in LABEL ("enter", "type in", "key in", "read out", "give us", …). */
const BEFORE_THE: ReadonlySet<string> = new Set(['enter', 'in', 'type', 'out', 'us', 'me']);

/** The ASCII word (`[A-Za-z0-9_]+`, as LABEL's `\b` sees words) ending at `end`, lower-cased; '' for none. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && isAsciiWordCode(text.charCodeAt(s - 1))) s--;
  return s === end ? '' : text.slice(s, end).toLowerCase();
}

/** True when a single space and "the" after one of {@link BEFORE_THE} end at `end` ("enter the"). */
function openedThe(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || wordBefore(text, end) !== 'the') return false;
  return text.charCodeAt(end - 4) === 32 && BEFORE_THE.has(wordBefore(text, end - 4));
}

/**
 * A necessary condition for a LABEL match to hold the word starting at `p` (one of `code`, `key`, `token`, `secret`,
 * `digit`, at a word start): `key` and `secret` may open a label ("key in the code", "secret key"); otherwise the
 * word before it, joined by a space or `-`, is one LABEL has there ("security code", "API-key"), or it is "the" or
 * "the <word>" after an opener ("type in the code", "enter the access code"). Most of these words in mail ("the code
 * on the back", "sort code") fail it, so no label match is tried from them and the words before them (measured:
 * about 9 000 of 9 200 label tries on the 5 MB bench corpus).
 */
export function couldBeInLabel(text: string, p: number): boolean {
  const first = text.charCodeAt(p) | 32;
  if (first === 107 || first === 115) return true; // k, s
  const sep = text.charCodeAt(p - 1);
  if (sep !== 32 && sep !== 45) return false;
  const word = wordBefore(text, p - 1);
  if (BEFORE_END_WORD.has(word)) return true;
  if (sep !== 32 || word.length === 0) return false;
  return openedThe(text, p - 1) || openedThe(text, p - 2 - word.length);
}

/** Kinds of labels seen before (labels repeat: "Password", "username", "PIN"); capped so odd text cannot grow it. */
const KIND_CACHE = new Map<string, CredentialLabel>();

/** The kind of value a matched label introduces. */
export function labelKind(label: string): CredentialLabel {
  const cached = KIND_CACHE.get(label);
  if (cached !== undefined) return cached;
  const kind = kindOf(label);
  if (KIND_CACHE.size < 512) KIND_CACHE.set(label, kind);
  return kind;
}

function kindOf(label: string): CredentialLabel {
  const l = label.toLowerCase();
  if (/ the (?:[a-z]+ |\d[- ]digit )?code$/.test(l)) return / 3[- ]digit/.test(l) ? 'cvv' : 'code';
  if (/pass|pwd|pword|^pw/.test(l)) return 'password';
  if (/team ?viewer|any ?desk/.test(l)) return 'remote_id';
  if (/cvv|cvc|cv2|csc|security number|digit|card security/.test(l)) return 'cvv';
  if (/^pin/.test(l)) return 'pin';
  if (/user|log/.test(l)) return 'username';
  if (/key|secret|token/.test(l)) return 'secret';
  if (/security code/.test(l)) return 'cvv';
  return 'code';
}

const SEP =
  /[ \t]*(?:(?:[:=\u2013]|-(?!\d)|\bis\b|\bwas\b|\bare\b|\bnow\b|\bset to\b|\bchanged to\b|\breset to\b|\bwill be\b|\bshould be\b)[ \t]*){0,3}(?:\r?\n[ \t]*)?/iy;
/** True for a space or a tab. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * "password yesterday to X", "username changed to X": from `pos`, blanks, up to two lower-case words, then `to` or `as`
 * and blanks — what `/[ \t]+(?:[a-z]+[ \t]+){0,2}(?:to|as)[ \t]+/y` matches, read with a character scan (this runs
 * for every label followed by a blank). Returns where the match ends, or -1; the longest form wins, as in the pattern.
 */
export function toFormEnd(text: string, pos: number): number {
  let i = pos;
  while (isBlank(text.charCodeAt(i))) i++;
  if (i === pos) return -1;
  let best = -1;
  for (let word = 0; word < 3; word++) {
    const start = i;
    while (text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
    const end = i;
    while (isBlank(text.charCodeAt(i))) i++;
    if (end === start || i === end) break; // no word, or a word not followed by a blank
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    if (end - start === 2 && ((a === 116 && b === 111) || (a === 97 && b === 115))) best = i; // "to", "as"
  }
  return best;
}
const DIGITS = /\d{1,4}(?:[ -]?\d{1,4}){0,4}(?![\w@])/y;
const TOKEN = /[^\s]{1,128}/y;
const MASKED = /^[*•x#._-]+$/i;
const NOT_A_VALUE = new Set(
  'the a an your my our his her their its this that these those same reset required sent below above attached changed expired incorrect wrong not n/a na none nil tbc tba unknown please and or to for is was will be been being has have had in on at of by via with correct ok okay fine here there it you we they he she field box manager policy protected hidden redacted removed blank empty see call contact ask use check enter follow following unchanged as if when then also still again just only new old needed needs need provided supplied set created updated again'.split(
    ' ',
  ),
);

/** A found value: span and confidence. */
export interface CredentialValue {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** The value {@link readValue} returns: one object, overwritten by each call (it runs for every label; read it at once). */
const lastValue = { start: 0, end: 0, confidence: 0 };

function valueAt(start: number, end: number, confidence: number): CredentialValue {
  lastValue.start = start;
  lastValue.end = end;
  lastValue.confidence = confidence;
  return lastValue;
}

function digitCountOk(kind: CredentialLabel, n: number): boolean {
  if (kind === 'pin') return n >= 4 && n <= 8;
  if (kind === 'cvv') return n === 3 || n === 4;
  if (kind === 'remote_id') return n >= 9 && n <= 12;
  return n >= 4 && n <= 12;
}

/** True when a word-only value is followed by more lower-case words: prose ("password: see the email below"). */
function proseFollows(text: string, end: number): boolean {
  const next = /^[ \t]+([a-z]+)[ \t]+[a-z]+\b/.exec(text.slice(end, end + 40));
  // "username is cprice and password is …": a joining word starts the next clause, not more prose about the value.
  return next !== null && !JOINERS.has(next[1]!);
}

const JOINERS = new Set(['and', 'or', 'with', 'plus', 'then', 'but']);

/** True when `text[from, to)` holds `:`, `=`, `–` or `-` (an explicit separator). */
function hasSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 61 || c === 0x2013 || c === 45) return true;
  }
  return false;
}

/** True when `text[from, to)` is white space only (what `trim()` would leave empty). */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** How many ASCII digits `text[from, to)` holds. */
function digitCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Reads the value after a label ending at `pos`; null when there is none (only talk about credentials). The object
 * returned is reused by the next call: read it before calling again.
 */
export function readValue(text: string, pos: number, kind: CredentialLabel): CredentialValue | null {
  // The separator is text[pos, start), read in place (SEP always matches, maybe empty; `test`: no match object).
  SEP.lastIndex = pos;
  let start = SEP.test(text) ? SEP.lastIndex : pos;
  const explicit = hasSeparator(text, pos, start);
  if (start === pos) return null; // "password?", "password," or "passwords": talk, not a value
  if (!explicit && onlySpace(text, pos, start)) {
    const toEnd = toFormEnd(text, pos);
    if (toEnd !== -1) start = toEnd;
  }
  const worded = !explicit && !onlySpace(text, pos, start);
  const numeric = kind === 'pin' || kind === 'cvv' || kind === 'remote_id' || kind === 'code';
  const q = text[start];
  if (q === '"' || q === "'" || q === '\u2018' || q === '\u201c' || q === '`') {
    const close = q === '\u2018' ? '\u2019' : q === '\u201c' ? '\u201d' : q;
    // A quoted value is at most 64 characters: look for its closing quote only that far (an opening quote with no
    // closing one must not send every label on to the end of the text: that was quadratic).
    const within = text.slice(start + 1, start + 66).indexOf(close);
    const endQuote = within === -1 ? -1 : start + 1 + within;
    const inner = endQuote === -1 ? '' : text.slice(start + 1, endQuote);
    if (inner.length < 2 || inner.length > 64 || inner.includes('\n') || MASKED.test(inner)) return null;
    return valueAt(start + 1, endQuote, 0.95);
  }
  if (numeric) {
    DIGITS.lastIndex = start;
    if (DIGITS.test(text)) {
      const end = DIGITS.lastIndex;
      if (digitCountOk(kind, digitCount(text, start, end)) && !isAlnum(text.charCodeAt(start - 1)))
        return valueAt(start, end, 0.93);
    }
    if (kind !== 'code' && kind !== 'remote_id') return null;
  }
  TOKEN.lastIndex = start;
  if (!TOKEN.test(text)) return null; // `test`: the token is text[start, lastIndex), copied once (no match object)
  let value = text.slice(start, TOKEN.lastIndex);
  while (value.length > 0 && /[.,;]$/.test(value)) value = value.slice(0, -1);
  if (value.endsWith(')') && !value.includes('(')) value = value.slice(0, -1);
  if (value.length < 2 || MASKED.test(value) || /^[<[({]/.test(value)) return null;
  if (NOT_A_VALUE.has(value.toLowerCase())) return null;
  const wordOnly = /^[a-z]+$/i.test(value);
  const secretLike = /\d/.test(value) || /[^a-z]/i.test(value) || /[a-z][A-Z]/.test(value);
  if (kind === 'code' || kind === 'remote_id') {
    if (!/\d/.test(value) || !/^[A-Za-z0-9-]{4,20}$/.test(value)) return null;
    return valueAt(start, start + value.length, 0.88);
  }
  if (!explicit && !worded) {
    // Only a space after the label ("Temp password Welcome123!"): accept only a value that is plainly a secret.
    if (kind === 'username' || value.length < 6 || !/\d/.test(value) || !/[a-z]/i.test(value)) return null;
    return valueAt(start, start + value.length, 0.85);
  }
  if (worded && !secretLike && kind !== 'username') return null;
  if (wordOnly && proseFollows(text, start + value.length)) return null;
  if (kind === 'username') {
    return valueAt(start, start + value.length, value.includes('@') ? 0.98 : 0.85);
  }
  return valueAt(start, start + value.length, 0.92);
}
