/**
 * Credentials: the VALUE after a label — passwords, usernames, PINs, remote-session codes, TeamViewer/AnyDesk ids,
 * card security codes (CVV/CVC), one-time and verification codes, keys and tokens. Talk about credentials ("forgot
 * your password?", "password reset", "Password: ********", "PIN: please call us") is not a credential.
 */
import type { Detector } from '../detector';
import { forEachLabel } from '../text-scan';
import { LABEL, labelKind, readValue } from './credential-value';

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

/** What shows a value can follow: a separator, a quote, a digit or the word "is"/"was"/"to"/"as" — or a line end. */
const VALUE_MARK = /\n|[:=\u2013"'\u201c\u2018`\d-]|\b(?:is|was|to|as)\b/g;

/**
 * The triggers (ascending) with a value in reach: a value mark (not a line end) within 40 characters on the same line.
 * The first mark at or after a position is the same for every position up to it, so one search serves a run of
 * triggers and the searches never overlap: linear in the text, one regex call per mark at most.
 */
function withValueNear(text: string, positions: readonly number[]): number[] {
  const out: number[] = [];
  let mark = -1; // the first mark at or after the last searched position (Infinity: none left)
  for (const p of positions) {
    if (p > mark) {
      VALUE_MARK.lastIndex = p;
      if (!VALUE_MARK.test(text)) mark = Number.POSITIVE_INFINITY;
      else {
        const e = VALUE_MARK.lastIndex;
        const last = text.charCodeAt(e - 1);
        // A one-character mark, or a word: "was" (3 letters) or "is"/"to"/"as" (2; a `\b` stands before them, so the
        // letter before an "as" is never the "w" of "was").
        if (last < 97 || last > 122) mark = e - 1;
        else if (last === 115 && text.charCodeAt(e - 2) === 97 && text.charCodeAt(e - 3) === 119) mark = e - 3;
        else mark = e - 2;
      }
    }
    if (mark - p <= 40 && text.charCodeAt(mark) !== 10) out.push(p);
  }
  return out;
}

/** The credential detector. */
export const credentialDetector: Detector = {
  kind: 'credential',
  triggers: [...START_WORDS, ...END_WORDS],
  detect(scan, emit) {
    const text = scan.text;
    const found = (at: number, m: RegExpExecArray): number | undefined => {
      const value = readValue(text, at + m[0].length, labelKind(m[0]));
      if (value === null) return undefined;
      emit(value.start, value.end, value.confidence);
      return value.end;
    };
    // Only triggers with a value in reach: a separator, a quote, a digit or "is"/"was"/"to"/"as" on the same line.
    // Most labels start at their trigger; those ending in it are tried from up to four words back.
    forEachLabel(text, withValueNear(text, scan.hits(STARTS)), LABEL_AT, 0, found);
    forEachLabel(text, withValueNear(text, scan.hits(ENDS)), LABEL_AT, 4, found);
  },
  positives: [
    { text: 'Username: jsmith\nPassword: Summer2024!', match: 'Summer2024!' },
    { text: 'Username: jsmith\nPassword: Summer2024!', match: 'jsmith' },
    { text: 'my pwd - tr0ub4dor&3 thanks', match: 'tr0ub4dor&3' },
    { text: 'The TeamViewer ID is 123 456 789 and the password is 4kd9x2', match: '123 456 789' },
    { text: 'session code 583 221, I am ready', match: '583 221' },
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
