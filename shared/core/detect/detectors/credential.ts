/**
 * Credentials: the VALUE after a label — passwords, usernames, PINs, remote-session codes, TeamViewer/AnyDesk ids,
 * card security codes (CVV/CVC), one-time and verification codes, keys and tokens. Talk about credentials ("forgot
 * your password?", "password reset", "Password: ********", "PIN: please call us") is not a credential.
 */
import { isAsciiWordCode } from '../context';
import type { Detector } from '../detector';
import { forEachLabel } from '../text-scan';
import { couldBeInLabel, LABEL, labelKind, readValue } from './credential-value';

const LABEL_AT = new RegExp(LABEL.source, 'iy');

/** Words that open a label (`pass` for password/passcode, `user` for username/user id, …). */
const START_WORDS = [
  ...['pass', 'pwd', 'pword', 'pw', 'user', 'login', 'log in', 'log-in', 'logon', 'pin', 'session', 'security number'],
  ...['teamviewer', 'team viewer', 'anydesk', 'any desk', 'cvv', 'cvc', 'cv2', 'csc'],
];
/** Words that close a label whose qualifier comes first ("card security code", "type in the code", "API key"). */
const END_WORDS = ['code', 'key', 'token', 'secret', 'digit'];
const STARTS: ReadonlySet<string> = new Set(START_WORDS);
const ENDS: ReadonlySet<string> = new Set(END_WORDS);

/**
 * What each UTF-16 unit is to {@link nextStop}: 1 a value mark (`:` `=` `-` `"` `'` `` ` `` 0–9, an en dash, an
 * opening quote), 2 a line end, 3 a letter that can start "is"/"was"/"to"/"as", 4 another ASCII word character, 0
 * anything else. A table of every unit (64 KB), so the scan has no branch for non-ASCII text.
 */
const MARK_CLASS = new Uint8Array(65536);
MARK_CLASS[0x2013] = 1;
MARK_CLASS[0x201c] = 1;
MARK_CLASS[0x2018] = 1;
for (let c = 65; c <= 90; c++) MARK_CLASS[c] = 4;
for (let c = 97; c <= 122; c++) MARK_CLASS[c] = 4;
MARK_CLASS[95] = 4;
for (const c of ':=-"\'`0123456789') MARK_CLASS[c.charCodeAt(0)] = 1;
MARK_CLASS[10] = 2;
for (const c of 'itaw') MARK_CLASS[c.charCodeAt(0)] = 3;

/** True when one of the words "is", "was", "to", "as" starts at `i` (a word start) and ends at a word end. */
function isValueWordAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  let len = 0;
  if ((a === 105 && b === 115) || (a === 116 && b === 111) || (a === 97 && b === 115))
    len = 2; // is, to, as
  else if (a === 119 && b === 97 && text.charCodeAt(i + 2) === 115) len = 3; // was
  return len > 0 && !isAsciiWordCode(text.charCodeAt(i + len));
}

/** How far after a trigger a value mark may start (same line). */
const VALUE_REACH = 40;

/**
 * The first stop in `[from, limit)`: a value mark or the word "is"/"was"/"to"/"as" (a value can follow), or a line
 * end (none can); -1 when there is none. A character scan (no regex call per trigger).
 */
function nextStop(text: string, from: number, limit: number): number {
  let afterWord = from > 0 && isAsciiWordCode(text.charCodeAt(from - 1)); // "is" and friends count only at a word start
  for (let i = from; i < limit; i++) {
    const k = MARK_CLASS[text.charCodeAt(i)]!;
    if (k === 0) {
      afterWord = false;
      continue;
    }
    if (k <= 2) return i;
    if (k === 3 && !afterWord && isValueWordAt(text, i)) return i;
    afterWord = true;
  }
  return -1;
}

/**
 * The triggers (ascending) with a value in reach: a mark or "is"/"was"/"to"/"as" starts within {@link VALUE_REACH}
 * characters, before the line ends. Triggers close together ("username and password") share one scan: the first stop
 * at or after a position is the same for every position up to it.
 */
export function withValueNear(text: string, positions: readonly number[]): number[] {
  const out: number[] = [];
  let from = 0; // [from, to) has been scanned; `stop` is its first stop (-1: none)
  let to = 0;
  let stop = -1;
  for (const p of positions) {
    const limit = Math.min(text.length, p + VALUE_REACH + 1);
    if (p >= from && p < to && (stop >= p || stop === -1)) {
      if (stop === -1 && limit > to) {
        stop = nextStop(text, to, limit);
        to = limit;
      }
    } else {
      stop = nextStop(text, p, limit);
      from = p;
      to = limit;
    }
    if (stop !== -1 && stop - p <= VALUE_REACH && text.charCodeAt(stop) !== 10) out.push(p);
  }
  return out;
}

/** The credential detector. */
export const credentialDetector: Detector = {
  kind: 'credential',
  triggers: [...START_WORDS, ...END_WORDS],
  detect(scan, emit) {
    const text = scan.text;
    const found = (at: number, end: number): number | undefined => {
      const value = readValue(text, end, labelKind(text.slice(at, end)));
      if (value === null) return undefined;
      emit(value.start, value.end, value.confidence);
      return value.end;
    };
    // Only triggers with a value in reach: a separator, a quote, a digit or "is"/"was"/"to"/"as" on the same line.
    // Most labels start at their trigger; those ending in it are tried from up to four words back, and only where the
    // word before can be part of such a label (couldBeInLabel: ~0.5 ms of a 5 MB pass).
    forEachLabel(text, withValueNear(text, scan.hits(STARTS)), LABEL_AT, 0, found);
    const ends = scan.hits(ENDS).filter((p) => couldBeInLabel(text, p));
    forEachLabel(text, withValueNear(text, ends), LABEL_AT, 4, found);
  },
  positives: [
    { text: 'Username: jsmith\nPassword: Summer2024!', match: 'Summer2024!' },
    { text: 'Username: jsmith\nPassword: Summer2024!', match: 'jsmith' },
    { text: 'my pwd - tr0ub4dor&3 thanks', match: 'tr0ub4dor&3' },
    { text: 'The TeamViewer ID is 123 456 789 and the password is 4kd9x2', match: '123 456 789' },
    { text: 'session code 583 221, I am ready', match: '583 221' },
    { text: '2. Enter the 6-digit code: 503 118', match: '503 118' },
    { text: 'Please enter the 3-digit code: 123', match: '123' },
    { text: 'card ending 1111, CVV 123', match: '123' },
    { text: 'AnyDesk: 987654321', match: '987654321' },
    { text: 'her PIN is 4821', match: '4821' },
  ],
  negatives: [
    'Forgot your password? Use the reset link.',
    'Password: ********',
    'Your password has expired, please change it.',
    'Please send your username and password separately.',
    'PIN: please call us and we will reset it.',
    'the password is the same as before',
    'We will send a new PIN number by post.',
  ],
};
