/**
 * Credentials: the VALUE after a label — passwords, usernames, PINs, remote-session codes, TeamViewer/AnyDesk ids,
 * card security codes (CVV/CVC), one-time and verification codes, keys and tokens. Talk about credentials ("forgot
 * your password?", "password reset", "Password: ********", "PIN: please call us") is not a credential.
 */
import type { Detector } from '../detector';
import { LABEL, labelKind, readValue } from './credential-value';

/** The credential detector. */
export const credentialDetector: Detector = {
  kind: 'credential',
  detect(scan, emit) {
    const text = scan.text;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
      const kind = labelKind(m[0]);
      const value = readValue(text, m.index + m[0].length, kind);
      if (value === null) continue;
      emit(value.start, value.end, value.confidence);
      LABEL.lastIndex = Math.max(LABEL.lastIndex, value.end);
    }
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
