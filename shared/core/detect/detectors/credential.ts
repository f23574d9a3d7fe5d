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

/**
 * A value can follow the trigger: a separator, a quote, a digit or "is"/"was"/"to"/"as" within 40 characters of its
 * line. Sticky, run at the trigger in place (no window copy; triggers start words, so `\b` reads the same).
 */
const VALUE_NEAR_AT = /[^\n]{0,40}?(?:[:=\u2013"'\u201c\u2018`\d-]|\b(?:is|was|to|as)\b)/y;

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
    const near = (p: number) => {
      VALUE_NEAR_AT.lastIndex = p;
      return VALUE_NEAR_AT.test(text);
    };
    // Most labels start at their trigger; those ending in it are tried from up to four words back.
    forEachLabel(text, scan.hits(STARTS).filter(near), LABEL_AT, 0, found);
    forEachLabel(text, scan.hits(ENDS).filter(near), LABEL_AT, 4, found);
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
